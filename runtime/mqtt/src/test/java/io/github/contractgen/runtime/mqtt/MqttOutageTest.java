package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.LogRecorder;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops while a producer and a consumer are live, then comes back on the same port: the
 * outage is logged, sends fail on their futures, and the open subscription receives again.
 */
class MqttOutageTest {

    @TempDir
    Path data;

    @Test
    void brokerRestartIsReportedAndTheOpenSubscriptionReceivesAfterIt() throws Exception {
        for (MqttProtocolVersion version : MqttProtocolVersion.values()) {
            try (MqttBroker broker = MqttBroker.start(data.resolve(version.name()))) {
                restart(broker, version);
            }
        }
    }

    private static void restart(MqttBroker broker, MqttProtocolVersion version) throws Exception {
        String topic = "outage/" + version;
        try (LogRecorder log = LogRecorder.on(MqttTransport.class.getName());
                MqttTransport transport = MqttTransport.builder("127.0.0.1", broker.port).plaintext().clientId("outage")
                        .protocolVersion(version).timeout(Duration.ofSeconds(5)).build()) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(topic, "watchers"),
                    m -> received.add(new String(m.payload(), UTF_8)))) {
                transport.send(OutgoingMessage.of(topic, "before".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                assertThat(Awaits.next(received, "the message before the outage")).isEqualTo("before");

                broker.stop();
                log.await(Level.WARNING, "MQTT subscription to '" + topic + "' lost its connection to 127.0.0.1:" + broker.port);
                log.await(Level.WARNING, "MQTT publisher outage-pub lost its connection");
                var during = transport.send(OutgoingMessage.of(topic, "during".getBytes(UTF_8), null));
                assertThat(during).failsWithin(Duration.ofSeconds(90)).withThrowableOfType(ExecutionException.class)
                        .havingCause().isInstanceOf(TransportException.class)
                        .withMessageContaining("publishing to MQTT topic '" + topic + "' failed: not connected");

                broker.start();
                log.await(Level.INFO, "MQTT subscription to '" + topic + "' reconnected");
                assertThat(probeUntilReceived(transport, topic, received)).startsWith("after-");
            }
        }
    }

    /**
     * Sends numbered probes until one arrives: the client resubscribes just after it reconnects, and a
     * message that reaches the broker before the SUBSCRIBE has no subscriber yet.
     */
    static String probeUntilReceived(MqttTransport transport, String topic, LinkedBlockingQueue<String> received)
            throws InterruptedException {
        long deadline = System.nanoTime() + Awaits.LIMIT.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            transport.send(OutgoingMessage.of(topic, ("after-" + i).getBytes(UTF_8), null));
            String next = received.poll(1, TimeUnit.SECONDS);
            if (next != null) {
                return next;
            }
        }
        return "nothing within " + Awaits.LIMIT;
    }
}
