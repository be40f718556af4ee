package io.github.contractgen.runtime.config;

import io.github.contractgen.runtime.ContractgenException;

/**
 * A setting of a generated {@code <Service>Config} is missing or invalid. The message names the key and
 * every place it could have been set, and never contains a secret's value.
 *
 * @since 0.1.0
 */
public class ConfigException extends ContractgenException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
