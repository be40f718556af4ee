package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventTransportContract;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport contract with the MQTT 3.1.1 option, for brokers that speak nothing newer: no headers travel. */
class Mqtt311TransportTest extends EventTransportContract {

    @TempDir
    static Path data;

    private static MqttBroker broker;
    private static MqttTransport transport;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MqttBroker.start(data);
        transport = MqttTransport.builder("127.0.0.1", broker.port).plaintext().protocolVersion(MqttProtocolVersion.MQTT_3_1_1).build();
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
    protected boolean carriesHeaders() {
        return false;
    }

    @Override
    protected boolean carriesKey() {
        return false;
    }

    @Test
    void headersContentTypeAndCorrelationAreLostAsTheJavadocSays() throws Exception {
        String address = address("lossy");
        LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
        try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(address, null), received::add)) {
            transport.send(new OutgoingMessage(address, null, Map.of("traceparent", "00-abc-def-01"),
                    "x".getBytes(UTF_8), "text/plain", Map.of(MqttTransport.CORRELATION_ID, "c-1")))
                    .get(90, TimeUnit.SECONDS);
            IncomingMessage in = Awaits.next(received, "the 3.1.1 message");
            assertThat(in.headers()).isEmpty();
            assertThat(in.contentType()).isNull();
            assertThat(in.bindings()).containsOnlyKeys(MqttTransport.QOS, MqttTransport.RETAIN);
            assertThat(text(in)).isEqualTo("x");
        }
    }
}
