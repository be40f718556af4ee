package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventTransportProvider;
import java.util.Set;

/**
 * Makes {@link MqttTransport} builders for AsyncAPI servers of protocol {@code mqtt}, {@code mqtts},
 * {@code secure-mqtt} and {@code mqtt5}; registered for {@link java.util.ServiceLoader}. MQTT over
 * WebSockets ({@code ws}, {@code wss}) is not among them: the transport speaks plain TCP.
 *
 * @since 0.1.0
 */
public final class MqttTransportProvider implements EventTransportProvider {

    @Override
    public Set<String> protocols() {
        return Set.of("mqtt", "mqtts", "secure-mqtt", "mqtt5");
    }

    /** @throws IllegalArgumentException for an address without a port, or any SASL mechanism (MQTT has none) */
    @Override
    public EventTransport.Builder builder(String hostPort, String saslMechanism) {
        if (saslMechanism != null) {
            throw new IllegalArgumentException("MQTT has no SASL mechanism (" + saslMechanism
                    + "): use a userPassword security scheme for MQTT servers");
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("an MQTT broker address is host:port, was '" + hostPort + "'");
        }
        String host = hostPort.substring(0, colon);
        String port = hostPort.substring(colon + 1);
        int slash = port.indexOf('/');
        try {
            return MqttTransport.builder(host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
                    Integer.parseInt(slash < 0 ? port : port.substring(0, slash)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an MQTT broker address is host:port, was '" + hostPort + "'", e);
        }
    }
}
