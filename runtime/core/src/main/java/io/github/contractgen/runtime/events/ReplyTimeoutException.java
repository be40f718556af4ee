package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.CallTimeoutException;

/**
 * A request whose reply did not arrive within its timeout. The message names the operation, the
 * reply address and the timeout; the request itself may still have been handled by the other side.
 *
 * @since 0.1.0
 */
public class ReplyTimeoutException extends CallTimeoutException {

    private static final long serialVersionUID = 1L;

    public ReplyTimeoutException(String message) {
        super(message, null);
    }
}
