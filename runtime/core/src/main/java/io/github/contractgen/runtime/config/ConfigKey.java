package io.github.contractgen.runtime.config;

import java.util.Objects;

/**
 * One setting of a generated {@code <Service>Config}: its system property / config-file name and its
 * environment variable name.
 *
 * <p>Both names are fixed by the generator (the environment name is the property name in upper case,
 * words joined by {@code _}: {@code petstore.tls.caBundle} → {@code PETSTORE_TLS_CA_BUNDLE}), so that
 * the generated class, its Javadoc, the generated {@code .properties} file and error messages all spell
 * a key the same way. A secret key (password, token, key password) is never read from the config file
 * and its value never appears in a message or a {@code toString}.
 *
 * @param property the system property and config-file key, e.g. {@code petstore.tls.caBundle}
 * @param environment the environment variable, e.g. {@code PETSTORE_TLS_CA_BUNDLE}
 * @param secret whether the value is a secret
 * @since 0.1.0
 */
public record ConfigKey(String property, String environment, boolean secret) {

    public ConfigKey {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(environment, "environment");
        if (property.isBlank() || environment.isBlank()) {
            throw new IllegalArgumentException("a config key needs a property and an environment name");
        }
    }

    /** A plain setting. */
    public static ConfigKey of(String property, String environment) {
        return new ConfigKey(property, environment, false);
    }

    /** A secret: from the builder, a system property, an environment variable or a secret file only. */
    public static ConfigKey secret(String property, String environment) {
        return new ConfigKey(property, environment, true);
    }

    /**
     * The key naming a file that holds this secret ({@code petstore.auth.bearer.token.file},
     * {@code PETSTORE_AUTH_BEARER_TOKEN_FILE}), as container platforms mount secrets. The file's path is
     * not a secret, so it may also be set in the config file.
     */
    public ConfigKey secretFile() {
        return of(property + ".file", environment + "_FILE");
    }

    @Override
    public String toString() {
        return property;
    }
}
