package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.Mqtt3Subscribe;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** An MQTT 3.1.1 client: topic, payload, QoS and retain travel; nothing else can (see {@link MqttProtocolVersion}). */
final class Mqtt3Connection implements MqttConnection {

    private final Mqtt3AsyncClient client;

    /**
     * Wraps {@code client} before it connects, so that {@code receiver} (when not null) gets, on
     * {@code executor} and to acknowledge by hand, every message, also those a persistent session
     * sends again right after CONNACK, before any SUBSCRIBE of this connection.
     */
    Mqtt3Connection(Mqtt3AsyncClient client, Consumer<Received> receiver, Executor executor) {
        this.client = client;
        if (receiver != null) {
            client.publishes(MqttGlobalPublishFilter.ALL,
                    publish -> receiver.accept(new Received(toMessage(publish), publish::acknowledge)), executor, true);
        }
    }

    @Override
    public CompletableFuture<Void> publish(OutgoingMessage message) {
        Mqtt3Publish publish = Mqtt3Publish.builder().topic(message.address()).payload(message.payload())
                .qos(MqttMessages.qos(message.bindings().get(MqttTransport.QOS), message.address()))
                .retain(MqttMessages.retain(message)).build();
        return client.publish(publish).thenApply(ignored -> null);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, MqttQos qos) {
        Mqtt3Subscribe subscribe = Mqtt3Subscribe.builder().topicFilter(filter).qos(qos).build();
        return client.subscribe(subscribe).thenApply(ack -> {
                    if (ack.getReturnCodes().contains(Mqtt3SubAckReturnCode.FAILURE)) {
                        throw new CompletionException(new IllegalStateException("the broker refused the subscription"));
                    }
                    return null;
                });
    }

    @Override
    public boolean isConnected() {
        return client.getState().isConnected();
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }

    static IncomingMessage toMessage(Mqtt3Publish publish) {
        Map<String, String> bindings = MqttMessages.bindings(publish.getQos(), publish.isRetain());
        return new IncomingMessage(publish.getTopic().toString(), null, Map.of(), publish.getPayloadAsBytes(), null, bindings);
    }
}
