package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.RequestReplyContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request/reply over MQTT 5 against an embedded broker: the correlation id and the reply address travel
 * as user properties (and as Correlation Data and Response Topic), and each reply router is the only
 * member of its own shared subscription group, so it gets every reply on its address.
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
