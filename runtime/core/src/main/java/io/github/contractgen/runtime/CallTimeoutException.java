package io.github.contractgen.runtime;

/**
 * A call whose connect timeout or request timeout fired before a response arrived.
 *
 * <p>A subtype of {@link TransportException} so that code that handles "no response" handles this
 * too, while code that wants to treat timeouts differently can catch it first.
 *
 * @since 0.1.0
 */
public class CallTimeoutException extends TransportException {

    private static final long serialVersionUID = 1L;

    public CallTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
