package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import io.github.contractgen.runtime.events.OutgoingMessage;
import java.util.Map;
import java.util.TreeMap;

/** The QoS and retain bindings, read and written alike by both protocol versions. */
final class MqttMessages {

    private MqttMessages() {}

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

    static boolean retain(OutgoingMessage message) {
        return Boolean.parseBoolean(message.bindings().getOrDefault(MqttTransport.RETAIN, "false"));
    }

    /** The bindings of a received message, as a map the caller may add to. */
    static Map<String, String> bindings(MqttQos qos, boolean retain) {
        Map<String, String> bindings = new TreeMap<>();
        bindings.put(MqttTransport.QOS, Integer.toString(qos.getCode()));
        bindings.put(MqttTransport.RETAIN, Boolean.toString(retain));
        return bindings;
    }
}
