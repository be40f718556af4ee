package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.concurrent.CompletableFuture;

/**
 * One connected HiveMQ client, whichever protocol version it speaks: the client library has separate
 * MQTT 5 and 3.1.1 APIs, and the transport should not care which one it holds.
 */
interface MqttConnection {

    /** Publishes; the future fails when the broker refused the message or the client could not send it. */
    CompletableFuture<Void> publish(OutgoingMessage message);

    /**
     * Subscribes {@code filter}; completes when the broker granted the subscription. Its messages go to
     * the receiver the connection was made with (see {@link MqttConnector#connect}).
     */
    CompletableFuture<Void> subscribe(String filter, MqttQos qos);

    /** Whether the client is connected now (not while it reconnects). */
    boolean isConnected();

    CompletableFuture<Void> disconnect();

    /**
     * A received message and how to acknowledge it.
     *
     * @param message the message as contractgen sees it
     * @param acknowledge sends the PUBACK (QoS 1) or PUBREC (QoS 2)
     */
    record Received(IncomingMessage message, Runnable acknowledge) {}
}
