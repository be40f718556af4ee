package io.github.contractgen.transporttests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.kafka.KafkaTransport;
import io.github.contractgen.testsupport.SwitchableServerTls;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * {@link KafkaTransport} against a single-node KRaft broker in this JVM (Kafka's own test kit) with an
 * SSL listener {@code SECURE} on {@code localhost} that requires a client certificate. The test kit's
 * own listeners stay plain text, which the broker uses to reach itself.
 */
final class KafkaEndpoint implements Endpoint {

    private static final AtomicInteger GROUPS = new AtomicInteger();

    private final SwitchableServerTls serverTls;
    private final KafkaClusterTestKit cluster;
    private final int port;

    KafkaEndpoint(TestCertificates pki) throws Exception {
        serverTls = SwitchableServerTls.of(pki, ServerIdentity.GOOD);
        BrokerSslEngineFactory.serverTls = serverTls;
        port = freePort();
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build();
        cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "1")
                .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,SECURE://localhost:" + port)
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SECURE:SSL")
                .setConfigProp("listener.name.secure.ssl.engine.factory.class", BrokerSslEngineFactory.class.getName())
                .setConfigProp("listener.name.secure.ssl.client.auth", "required")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public SwitchableServerTls serverTls() {
        return serverTls;
    }

    /**
     * A round trip sends with the transport's producer, then receives with a new subscription, whose
     * consumer makes new connections: after a rotation those use the new certificates.
     */
    @Override
    public Client client(TlsConfig tls) {
        KafkaTransport transport = KafkaTransport.bootstrap("localhost:" + port).tls(tls).sendTimeout(PATIENCE).build();
        return new Client() {
            @Override
            public void roundTrip() throws Exception {
                String payload = "ping-" + GROUPS.incrementAndGet();
                transport.send(OutgoingMessage.of("matrix", payload.getBytes(UTF_8), "text/plain"))
                        .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
                String group = "matrix-" + GROUPS.incrementAndGet();
                try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("matrix", group), received::add)) {
                    assertThat(nextPayload(received, payload)).isEqualTo(payload);
                }
            }

            @Override
            public void close() {
                transport.close();
            }
        };
    }

    /** A new group reads the topic from the start: skips earlier round trips' messages. */
    private static String nextPayload(LinkedBlockingQueue<IncomingMessage> received, String wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            IncomingMessage message = received.poll(1, TimeUnit.SECONDS);
            if (message != null && new String(message.payload(), UTF_8).equals(wanted)) {
                return wanted;
            }
        }
        return "nothing within " + PATIENCE;
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }

    @Override
    public String toString() {
        return "Kafka";
    }
}
