package io.github.contractgen.runtime.events;

/**
 * A running subscription. Closing it stops the delivery of new messages and waits for the messages in
 * flight: a handler that is running finishes and its message is acknowledged; a message waiting for
 * its next attempt is left unacknowledged, for the broker (or the in-memory queue) to deliver again.
 *
 * @since 0.1.0
 */
public interface Subscription extends AutoCloseable {

    /** Stops delivery and drains; idempotent. */
    @Override
    void close();
}
