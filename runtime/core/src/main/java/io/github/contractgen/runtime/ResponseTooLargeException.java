package io.github.contractgen.runtime;

/**
 * A response whose body is larger than the client's limit ({@code maxResponseBytes}).
 *
 * <p>The body is refused while it streams in, before it is all in memory, so that a broken or hostile
 * server cannot exhaust the heap of the calling application. The message names the operation, the
 * limit and the setting that raises it.
 *
 * @since 0.1.0
 */
public class ResponseTooLargeException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * @param message what was refused and how to raise the limit
     * @param limit the limit in bytes that the body exceeded
     */
    public ResponseTooLargeException(String message, long limit) {
        super(message, null);
        this.limit = limit;
    }

    /** The limit in bytes that the body exceeded. */
    public long limit() {
        return limit;
    }
}
