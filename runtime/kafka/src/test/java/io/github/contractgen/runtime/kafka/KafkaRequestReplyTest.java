package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.RequestReplyContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Request/reply over a real KRaft broker in this JVM: requests and replies are Kafka records, the
 * correlation id and reply address travel as record headers, and each client reads its replies in a
 * consumer group of its own.
 */
class KafkaRequestReplyTest extends RequestReplyContract {

    private static KafkaBroker broker;
    private static KafkaTransport transport;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(Map.of());
        transport = KafkaTransport.bootstrap(broker.bootstrapServers()).plaintext().build();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    protected EventTransport transport() {
        return transport;
    }

    @Override
    protected EventTransport newTransport() {
        return KafkaTransport.bootstrap(broker.bootstrapServers()).plaintext().build();
    }

    @Override
    protected String separator() {
        return ".";
    }
}
