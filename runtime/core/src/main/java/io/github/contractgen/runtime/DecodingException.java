package io.github.contractgen.runtime;

/**
 * A response body that does not decode into the type the contract declares for it.
 *
 * <p>It carries the status and a short snippet of the body (never the whole body: it may be large or
 * sensitive) so that a mismatch between contract and server can be diagnosed from the exception alone.
 *
 * @since 0.1.0
 */
public class DecodingException extends ContractgenException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String bodySnippet;

    /**
     * @param message what failed to decode
     * @param status the HTTP status of the response, or -1 when not from an HTTP response
     * @param bodySnippet the first characters of the body (at most 200)
     * @param cause the decoder's exception
     */
    public DecodingException(String message, int status, String bodySnippet, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
    }

    /** The HTTP status of the response whose body did not decode. */
    public int status() {
        return status;
    }

    /**
     * The first characters of the body that did not decode. Never part of the message or
     * {@code toString()}: a success body is the caller's data and is kept as it came, so it may hold
     * what the server chose to return, an echoed credential included.
     */
    public String bodySnippet() {
        return bodySnippet;
    }
}
