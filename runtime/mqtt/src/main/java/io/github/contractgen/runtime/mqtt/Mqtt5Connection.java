package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserPropertiesBuilder;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperty;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.Mqtt5Subscribe;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * An MQTT 5 client: headers are user properties, the content type, correlation data and response
 * topic are the PUBLISH properties of those names.
 */
final class Mqtt5Connection implements MqttConnection {

    private final Mqtt5AsyncClient client;

    /**
     * Wraps {@code client} before it connects, so that {@code receiver} (when not null) gets, on
     * {@code executor} and to acknowledge by hand, every message, also those a persistent session
     * sends again right after CONNACK, before any SUBSCRIBE of this connection.
     */
    Mqtt5Connection(Mqtt5AsyncClient client, Consumer<Received> receiver, Executor executor) {
        this.client = client;
        if (receiver != null) {
            client.publishes(MqttGlobalPublishFilter.ALL,
                    publish -> receiver.accept(new Received(toMessage(publish), publish::acknowledge)), executor, true);
        }
    }

    @Override
    public CompletableFuture<Void> publish(OutgoingMessage message) {
        return client.publish(toPublish(message)).thenApply(result -> {
            // A PUBACK with an error reason code completes the future normally, with the error inside.
            result.getError().ifPresent(error -> {
                throw new CompletionException(error);
            });
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, MqttQos qos) {
        Mqtt5Subscribe subscribe = Mqtt5Subscribe.builder().topicFilter(filter).qos(qos).build();
        return client.subscribe(subscribe).thenApply(ack -> {
                    for (Mqtt5SubAckReasonCode code : ack.getReasonCodes()) {
                        if (code.isError()) {
                            throw new CompletionException(new IllegalStateException("the broker refused the subscription: " + code));
                        }
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

    static Mqtt5Publish toPublish(OutgoingMessage message) {
        Mqtt5PublishBuilder.Complete publish = Mqtt5Publish.builder().topic(message.address()).payload(message.payload())
                .qos(MqttMessages.qos(message.bindings().get(MqttTransport.QOS), message.address()))
                .retain(MqttMessages.retain(message));
        if (!message.headers().isEmpty()) {
            Mqtt5UserPropertiesBuilder properties = Mqtt5UserProperties.builder();
            message.headers().forEach(properties::add);
            publish.userProperties(properties.build());
        }
        if (message.contentType() != null) {
            publish.contentType(message.contentType());
        }
        String correlation = message.bindings().get(MqttTransport.CORRELATION_ID);
        if (correlation != null) {
            publish.correlationData(correlation.getBytes(UTF_8));
        }
        String responseTopic = message.bindings().get(MqttTransport.RESPONSE_TOPIC);
        if (responseTopic != null) {
            publish.responseTopic(responseTopic);
        }
        return publish.build();
    }

    static IncomingMessage toMessage(Mqtt5Publish publish) {
        Map<String, String> headers = new TreeMap<>();
        for (Mqtt5UserProperty property : publish.getUserProperties().asList()) {
            headers.put(property.getName().toString(), property.getValue().toString()); // repeated: the last wins
        }
        Map<String, String> bindings = MqttMessages.bindings(publish.getQos(), publish.isRetain());
        publish.getCorrelationData().ifPresent(data -> bindings.put(MqttTransport.CORRELATION_ID,
                UTF_8.decode(data.duplicate()).toString()));
        publish.getResponseTopic().ifPresent(topic -> bindings.put(MqttTransport.RESPONSE_TOPIC, topic.toString()));
        String contentType = publish.getContentType().map(Object::toString).orElse(null);
        return new IncomingMessage(publish.getTopic().toString(), null, headers, publish.getPayloadAsBytes(),
                contentType, bindings);
    }
}
