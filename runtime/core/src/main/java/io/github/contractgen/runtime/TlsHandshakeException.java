package io.github.contractgen.runtime;

import java.util.Objects;

/**
 * A connection that failed because TLS did, with the {@link Reason} named, for HTTP, gRPC, Kafka and
 * MQTT alike.
 *
 * <p>The JDK reports nearly every TLS failure as the same {@code SSLHandshakeException}; the message of
 * this exception says which failure it was, in words that point to the fix, and {@link #reason()} lets
 * code tell them apart. Made by {@link TlsFailures#classify}.
 *
 * @since 0.1.0
 */
public class TlsHandshakeException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** Which TLS failure it was. */
    public enum Reason {
        /** The server's certificate has expired or is not valid yet. */
        EXPIRED("expired certificate"),
        /** The server's certificate is valid, but not for the host name the client connected to. */
        HOSTNAME_MISMATCH("hostname mismatch"),
        /** The server's certificate is not signed by a CA the client trusts. */
        UNTRUSTED("untrusted certificate"),
        /** The server requires a client certificate and the client has none configured. */
        CLIENT_CERTIFICATE_REQUIRED("client certificate required"),
        /** The server refused the client certificate the client sent. */
        CLIENT_CERTIFICATE_REFUSED("client certificate refused"),
        /** Any other handshake failure, such as no protocol or cipher suite in common. */
        OTHER("handshake failure");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The words that start the reason in a message, such as {@code hostname mismatch}. */
        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public TlsHandshakeException(String message, Reason reason, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which TLS failure it was. */
    public Reason reason() {
        return reason;
    }
}
