package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.DeliveryPolicy;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventFaultsContract;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport contract and its user-code faults over MQTT 5 against an embedded HiveMQ CE broker (no keys; groups are shared subscriptions). */
class MqttTransportTest extends EventFaultsContract {

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
    protected boolean carriesKey() {
        return false;
    }

    @Test
    void unacknowledgedMessageComesBackWhenTheGroupSubscribesAgain() throws Exception {
        String address = address("invoices");
        CountDownLatch failed = new CountDownLatch(1);
        SubscriptionSpec spec = SubscriptionSpec.of(address, "billing")
                .withPolicy(new DeliveryPolicy(5, Duration.ofHours(1), Duration.ofHours(1)));
        Subscription first = transport.subscribe(spec, m -> {
            failed.countDown();
            throw new IllegalStateException("fails once, then waits an hour");
        });
        transport.send(OutgoingMessage.of(address, "inv-1".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
        assertThat(failed.await(90, TimeUnit.SECONDS)).isTrue();
        first.close(); // ends the backoff; the QoS 1 message stays unacknowledged in the group's session

        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (Subscription ignored = transport.subscribe(spec, m -> received.add(text(m)))) {
            assertThat(Awaits.next(received, "the redelivered message")).isEqualTo("inv-1");
        }
    }

    @Test
    void correlationDataResponseTopicAndContentTypeTravelAsMqtt5Properties() throws Exception {
        String address = address("requests");
        LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
        SubscriptionSpec spec = SubscriptionSpec.of(address, null).withBindings(Map.of(MqttTransport.QOS, "2"));
        try (Subscription ignored = transport.subscribe(spec, received::add)) {
            Map<String, String> bindings = Map.of(MqttTransport.CORRELATION_ID, "req-42",
                    MqttTransport.RESPONSE_TOPIC, address + "/reply", MqttTransport.QOS, "2");
            transport.send(new OutgoingMessage(address, null, Map.of("x-tenant", "acme"), "{}".getBytes(UTF_8),
                    "application/json", bindings)).get(90, TimeUnit.SECONDS);

            IncomingMessage in = Awaits.next(received, "the request");
            assertThat(in.contentType()).isEqualTo("application/json");
            assertThat(in.headers()).containsExactly(Map.entry("x-tenant", "acme"));
            assertThat(in.bindings()).containsEntry(MqttTransport.CORRELATION_ID, "req-42")
                    .containsEntry(MqttTransport.RESPONSE_TOPIC, address + "/reply")
                    .containsEntry(MqttTransport.QOS, "2")
                    .containsEntry(MqttTransport.RETAIN, "false");
        }
    }

    @Test
    void unreachableBrokerIsReportedByBuild() throws Exception {
        int closedPort = MqttBroker.freePort();
        assertThatThrownBy(() -> MqttTransport.builder("127.0.0.1", closedPort).plaintext().timeout(Duration.ofSeconds(90)).build())
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("cannot connect to MQTT broker 127.0.0.1:" + closedPort)
                .hasMessageContaining("Connection refused");
    }
}
