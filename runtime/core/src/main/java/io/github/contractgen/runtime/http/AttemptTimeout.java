package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.CallTimeoutException;

/**
 * An attempt that ran out of time, waiting for the response's headers or reading its body; the
 * message names the bound that ended it ({@code PT2S (requestTimeout)} or {@code (attemptTimeout)}).
 *
 * <p>Unchecked, so that it passes {@code HttpClient.send} as the cause of the exception it throws
 * (that method rethrows a timeout as a new {@code HttpTimeoutException} without its cause).
 */
final class AttemptTimeout extends CallTimeoutException {

    private static final long serialVersionUID = 1L;

    private final boolean ownTimeout;

    AttemptTimeout(String message, CallDeadline.Attempt bound, Throwable cause) {
        super(message, cause);
        this.ownTimeout = bound.ownTimeout();
    }

    /** True when the attempt's own timeout (attemptTimeout) ended it: the call has time left for another. */
    boolean ownTimeout() {
        return ownTimeout;
    }
}
