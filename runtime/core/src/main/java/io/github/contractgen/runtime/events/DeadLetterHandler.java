package io.github.contractgen.runtime.events;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a message whose handler failed on every attempt (or that did not decode, see
 * {@link MalformedMessageException}), so that it is parked rather than lost or retried forever. The message is acknowledged once this returns; when it throws, it is called again
 * after a pause until it succeeds or the subscription closes (and then the message stays
 * unacknowledged, for the broker to deliver again).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface DeadLetterHandler {

    /**
     * The default: logs the address, attempts and error (never the payload or headers, which may hold
     * personal data) at WARNING and drops the message. Contracts that matter set their own.
     */
    DeadLetterHandler LOG = (message, attempts, error) -> Logger.getLogger(DeadLetterHandler.class.getName())
            .log(Level.WARNING, "dropping message on '" + message.address() + "' after " + attempts
                    + " failed attempts", error);

    /**
     * Parks {@code message}.
     *
     * @param attempts how many times the handler was called on it
     * @param lastError what the handler threw on its last attempt, exactly as thrown: an {@link Error}
     *     too, since whatever user code throws is a failed attempt
     */
    void deadLetter(IncomingMessage message, int attempts, Throwable lastError) throws Exception;
}
