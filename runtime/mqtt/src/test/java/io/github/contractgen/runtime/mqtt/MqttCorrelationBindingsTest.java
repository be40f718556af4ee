package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.events.CorrelationBindingsContract;
import io.github.contractgen.runtime.events.EventTransport;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request/reply over MQTT 5 with a peer that uses only Correlation Data and Response Topic, the
 * protocol's own request/response fields, and no user properties.
 */
class MqttCorrelationBindingsTest extends CorrelationBindingsContract {

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
}
