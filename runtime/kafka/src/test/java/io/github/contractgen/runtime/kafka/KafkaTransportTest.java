package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventFaultsContract;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transport contract and its user-code faults against a real KRaft broker in this JVM (one per class: it takes ~15 s to start). */
class KafkaTransportTest extends EventFaultsContract {

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
    protected String separator() {
        return ".";
    }

    /** The second member's join rebalances the group while the first may be handling records. */
    @Override
    protected boolean duplicatesWhileGroupForms() {
        return true;
    }

    @Test
    void unreachableBrokerFailsTheSendFutureWithinTheSendTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (KafkaTransport unreachable = KafkaTransport.bootstrap("127.0.0.1:" + closedPort).plaintext()
                .sendTimeout(Duration.ofSeconds(2)).build()) {
            var sent = unreachable.send(OutgoingMessage.of("orders", "x".getBytes(UTF_8), null));
            // Far above the send timeout: proves the future completes, not how fast.
            assertThatThrownBy(() -> sent.get(90, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TransportException.class)
                    .hasMessageStartingWith("sending to Kafka topic 'orders' failed");
        }
    }

    @Test
    void subscribingWithoutAGroupIsRefusedWithTheReason() {
        assertThatThrownBy(() -> transport.subscribe(SubscriptionSpec.of("orders", null), m -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consumer group");
    }

    @Test
    void sendAfterCloseFailsOnTheFuture() {
        KafkaTransport closed = KafkaTransport.bootstrap(broker.bootstrapServers()).plaintext().build();
        closed.close();
        assertThat(closed.send(OutgoingMessage.of("orders", new byte[0], null)))
                .failsWithin(Duration.ofSeconds(90))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TransportException.class);
    }
}
