package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventTransportProvider;
import java.util.Set;

/**
 * Makes {@link KafkaTransport} builders for AsyncAPI servers of protocol {@code kafka} and
 * {@code kafka-secure}; registered for {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
public final class KafkaTransportProvider implements EventTransportProvider {

    @Override
    public Set<String> protocols() {
        return Set.of("kafka", "kafka-secure");
    }

    @Override
    public EventTransport.Builder builder(String hostPort, String saslMechanism) {
        KafkaTransport.Builder builder = KafkaTransport.bootstrap(hostPort);
        return saslMechanism == null ? builder : builder.saslMechanism(saslMechanism);
    }
}
