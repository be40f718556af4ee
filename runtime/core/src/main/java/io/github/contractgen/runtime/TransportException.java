package io.github.contractgen.runtime;

/**
 * A call that got no usable response: connection refused or reset, TLS failure, I/O error.
 *
 * <p>The message starts with the operation id and, for TLS failures, says which one (untrusted
 * certificate, expired certificate, hostname mismatch, client certificate refused or missing), because
 * "handshake failed" alone sends people to the wrong fix. It never contains credentials.
 *
 * @since 0.1.0
 */
public class TransportException extends ContractgenException {

    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
