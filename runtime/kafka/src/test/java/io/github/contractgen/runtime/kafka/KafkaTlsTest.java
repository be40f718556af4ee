package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka over mutual TLS: a KRaft broker whose listener requires a client certificate made by the test. */
class KafkaTlsTest {

    @TempDir
    static Path directory;

    private static TestCertificates certificates;
    private static KafkaBroker broker;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.generate(directory);
        String ca = Files.readString(certificates.caBundle());
        String chain = Files.readString(certificates.serverCertificate(ServerIdentity.GOOD)) + ca;
        port = freePort();
        broker = KafkaBroker.startWithSslListener(port, Map.of(
                "ssl.keystore.type", "PEM",
                "ssl.keystore.certificate.chain", chain,
                "ssl.keystore.key", Files.readString(certificates.serverKey(ServerIdentity.GOOD)),
                "ssl.truststore.type", "PEM",
                "ssl.truststore.certificates", ca,
                "ssl.client.auth", "required"));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void roundTripOverMutualTls() throws Exception {
        TlsConfig tls = TlsConfig.fromPem(certificates.clientCertificateChain(), certificates.clientKey(),
                certificates.caBundle());
        try (KafkaTransport transport = KafkaTransport.bootstrap("localhost:" + port).tls(tls).build()) {
            LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("secure-orders", "secure"), received::add)) {
                transport.send(OutgoingMessage.of("secure-orders", "hello".getBytes(UTF_8), "text/plain"))
                        .get(90, TimeUnit.SECONDS);
                IncomingMessage message = Awaits.next(received, "the message over TLS");
                assertThat(new String(message.payload(), UTF_8)).isEqualTo("hello");
                assertThat(message.contentType()).isEqualTo("text/plain");
            }
        }
    }

    @Test
    void clientWithoutCertificateCannotSend() {
        TlsConfig trustOnly = TlsConfig.trustPem(certificates.caBundle());
        try (KafkaTransport transport = KafkaTransport.bootstrap("localhost:" + port).tls(trustOnly)
                .sendTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(transport.send(OutgoingMessage.of("secure-orders", new byte[0], null)))
                    .failsWithin(Duration.ofSeconds(90))
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(TransportException.class);
        }
    }
}
