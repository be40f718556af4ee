package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.LogRecorder;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * The broker stops while a producer and a consumer are live, then comes back on the same port: the
 * consumer's outage is logged, a send fails on its future within the send timeout, and the still-open
 * subscription receives what is sent afterwards.
 */
class KafkaOutageTest {

    private static final String TOPIC = "outage";

    @Test
    void brokerRestartIsReportedAndTheOpenSubscriptionReceivesAfterIt() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (KafkaBroker broker = KafkaBroker.startWithListeners(
                List.of(new KafkaBroker.Listener("FIXED", "PLAINTEXT", port, Map.of())));
                LogRecorder log = LogRecorder.on(KafkaTransport.class.getPackageName());
                KafkaTransport transport = KafkaTransport.bootstrap("localhost:" + port).plaintext()
                        .sendTimeout(Duration.ofSeconds(5)).build()) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(TOPIC, "watchers"),
                    m -> received.add(new String(m.payload(), UTF_8)))) {
                transport.send(OutgoingMessage.of(TOPIC, "before".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                assertThat(Awaits.next(received, "the message before the outage")).isEqualTo("before");

                broker.stopBroker();
                var during = transport.send(OutgoingMessage.of(TOPIC, "during".getBytes(UTF_8), null));
                // Far above the 5 s send timeout: proves the future completes, not how fast.
                assertThat(during).failsWithin(Duration.ofSeconds(90)).withThrowableOfType(ExecutionException.class)
                        .havingCause().isInstanceOf(TransportException.class)
                        .withMessageStartingWith("sending to Kafka topic '" + TOPIC + "' failed");
                log.await(Level.WARNING, "Kafka consumer for '" + TOPIC + "' (group 'watchers') lost the Kafka brokers");

                broker.startBroker();
                String after = probeUntilReceived(transport, received);
                assertThat(after).startsWith("after-");
                log.await(Level.INFO, "Kafka consumer for '" + TOPIC + "' (group 'watchers') reaches the Kafka brokers again");
                assertThat(received).doesNotContain("during");
            }
        }
    }

    /**
     * Sends numbered messages until one arrives; sends while the broker is still starting may fail. The
     * broker may have stopped before the consumer committed "before": at least once, it may come again.
     */
    private static String probeUntilReceived(KafkaTransport transport, LinkedBlockingQueue<String> received)
            throws InterruptedException {
        long deadline = System.nanoTime() + Awaits.LIMIT.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            transport.send(OutgoingMessage.of(TOPIC, ("after-" + i).getBytes(UTF_8), null));
            String next = received.poll(2, TimeUnit.SECONDS);
            if (next != null && !next.equals("before")) {
                return next;
            }
        }
        return "nothing within " + Awaits.LIMIT;
    }
}
