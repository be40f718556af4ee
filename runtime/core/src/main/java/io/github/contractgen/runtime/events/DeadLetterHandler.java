package io.github.contractgen.runtime.events;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a message whose handler failed on every attempt, so that it is parked rather than lost or
 * retried forever. The message is acknowledged once this returns; when it throws, it is called again
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

    void deadLetter(IncomingMessage message, int attempts, Exception lastError) throws Exception;
}
