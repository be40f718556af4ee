package io.github.contractgen.runtime.events;

/**
 * A running subscription. Closing it stops the delivery of new messages and waits for the messages in
 * flight: a handler that is running finishes and its message is acknowledged; a message waiting for
 * its next attempt is left unacknowledged, for the broker (or the in-memory queue) to deliver again.
 *
 * <p>The wait for a running handler is bounded by the {@link DeliveryPolicy#closeGrace() close grace}
 * (10 s by default). A handler still running then has its thread interrupted, and a WARNING on the
 * {@link Delivery} logger names it (operation, address pattern, the message's address, the thread's
 * stack); {@code close} returns without waiting further. That handler's message is not acknowledged,
 * whether the handler then stops or returns normally later: Kafka delivers it again to the group's next
 * consumer, MQTT to the group member's session when it subscribes again (a subscription without a group
 * loses it, as its session ends), the in-memory transport to the next subscription of the same named
 * group (a subscription without a group loses it with its private queue). It is neither retried nor
 * dead-lettered by the closed subscription.
 *
 * @since 0.1.0
 */
public interface Subscription extends AutoCloseable {

    /** Stops delivery and drains, waiting at most the close grace for a running handler; idempotent. */
    @Override
    void close();
}
