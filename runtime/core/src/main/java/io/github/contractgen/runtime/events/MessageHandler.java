package io.github.contractgen.runtime.events;

/**
 * Handles one received message. Returning normally acknowledges it; throwing asks for another attempt
 * (see {@link DeliveryPolicy}) and, after the last one, hands the message to the dead-letter callback.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessageHandler {

    void handle(IncomingMessage message) throws Exception;
}
