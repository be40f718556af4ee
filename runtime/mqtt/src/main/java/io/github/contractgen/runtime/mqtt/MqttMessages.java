package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.Map;

/**
 * Converts between contractgen messages and MQTT 3.1.1 publishes. MQTT 3.1.1 has no headers, content
 * type or key: they are not sent (the receiver sees none), which the transport's Javadoc states.
 */
final class MqttMessages {

    private MqttMessages() {}

    static Mqtt3Publish toPublish(OutgoingMessage message) {
        return Mqtt3Publish.builder().topic(message.address()).payload(message.payload())
                .qos(qos(message.bindings().get("qos"), message.address()))
                .retain(Boolean.parseBoolean(message.bindings().getOrDefault("retain", "false")))
                .build();
    }

    static IncomingMessage toMessage(Mqtt3Publish publish) {
        Map<String, String> bindings = Map.of("qos", Integer.toString(publish.getQos().getCode()),
                "retain", Boolean.toString(publish.isRetain()));
        return new IncomingMessage(publish.getTopic().toString(), null, Map.of(), publish.getPayloadAsBytes(),
                null, bindings);
    }

    /** The {@code qos} binding (0, 1 or 2); 1 when absent, so that messages survive a lost connection. */
    static MqttQos qos(String value, String where) {
        if (value == null) {
            return MqttQos.AT_LEAST_ONCE;
        }
        MqttQos qos = switch (value.trim()) {
            case "0" -> MqttQos.AT_MOST_ONCE;
            case "1" -> MqttQos.AT_LEAST_ONCE;
            case "2" -> MqttQos.EXACTLY_ONCE;
            default -> null;
        };
        if (qos == null) {
            throw new IllegalArgumentException("MQTT binding qos must be 0, 1 or 2 for '" + where + "', was " + value);
        }
        return qos;
    }
}
