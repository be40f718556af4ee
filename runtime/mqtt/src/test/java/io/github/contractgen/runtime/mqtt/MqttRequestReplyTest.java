package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.RequestReplyContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request/reply over MQTT 5 against an embedded broker: the correlation id and the reply address travel
 * as user properties, and each reply router has a subscription (and session) of its own.
 */
class MqttRequestReplyTest extends RequestReplyContract {

    @TempDir
    static Path data;

    private static MqttBroker broker;
    private static MqttTransport transport;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MqttBroker.start(data);
        transport = MqttTransport.builder("127.0.0.1", broker.port).plaintext().build();
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
        return MqttTransport.builder("127.0.0.1", broker.port).plaintext().build();
    }
}
