package io.github.contractgen.runtime.events;

/**
 * Handles one received message. Returning normally acknowledges it; throwing anything, an {@link Error}
 * included, asks for another attempt (see {@link DeliveryPolicy}) and, after the last one, hands the
 * message to the dead-letter callback; the subscription goes on with the next message either way. A
 * {@link MalformedMessageException} skips the further attempts: the message goes to the dead-letter
 * callback at once.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessageHandler {

    void handle(IncomingMessage message) throws Exception;
}
