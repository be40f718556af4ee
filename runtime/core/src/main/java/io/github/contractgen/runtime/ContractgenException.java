package io.github.contractgen.runtime;

/**
 * The one base type of every exception that generated code and the runtime throw, whatever the
 * contract kind. Catch it to handle any failure of a contractgen client.
 *
 * @since 0.1.0
 */
public class ContractgenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContractgenException(String message) {
        super(message);
    }

    public ContractgenException(String message, Throwable cause) {
        super(message, cause);
    }
}
