package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.LogRecorder;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SASL against a real broker: a SASL_PLAINTEXT listener with PLAIN and SCRAM-SHA-256 users and a
 * SASL_SSL listener with PLAIN. Right credentials round-trip (without TLS: to localhost, or elsewhere when
 * allowed by name); a wrong password fails saying so, and the password shows in no exception message and
 * no log record.
 */
class KafkaSaslTest {

    private static final String PLAIN_PASSWORD = "plain-Pw-4c1f";
    private static final String SCRAM_PASSWORD = "scram-Pw-8e2a";
    private static final String WRONG = "wrong-Pw-0b9d";

    @TempDir
    static Path directory;

    private static TestCertificates certificates;
    private static KafkaBroker broker;
    private static int saslPort;
    private static int saslSslPort;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.generate(directory);
        saslPort = freePort();
        saslSslPort = freePort();
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required user_alice=\"" + PLAIN_PASSWORD + "\";";
        String ca = Files.readString(certificates.caBundle());
        broker = KafkaBroker.startWithListeners(List.of(
                new KafkaBroker.Listener("SASL", "SASL_PLAINTEXT", saslPort, Map.of(
                        "sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-256",
                        "plain.sasl.jaas.config", plain,
                        "scram-sha-256.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;")),
                new KafkaBroker.Listener("SASLSSL", "SASL_SSL", saslSslPort, Map.of(
                        "sasl.enabled.mechanisms", "PLAIN",
                        "plain.sasl.jaas.config", plain,
                        "ssl.keystore.type", "PEM",
                        "ssl.keystore.certificate.chain", Files.readString(certificates.serverCertificate(ServerIdentity.GOOD)) + ca,
                        "ssl.keystore.key", Files.readString(certificates.serverKey(ServerIdentity.GOOD))))));
        addScramUser("bob", SCRAM_PASSWORD);
    }

    /** SCRAM users live in the cluster metadata: made through the test kit's own listener, then awaited. */
    private static void addScramUser(String user, String password) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), password))).all().get(90, TimeUnit.SECONDS);
            Awaits.until(() -> {
                try {
                    return admin.describeUserScramCredentials(List.of(user)).all().get().containsKey(user);
                } catch (Exception e) {
                    return false;
                }
            }, "the SCRAM user " + user);
        }
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
    void plainRoundTrips() throws Exception {
        roundTrip(KafkaTransport.bootstrap("localhost:" + saslPort).plaintext().credentials("alice", PLAIN_PASSWORD));
    }

    @Test
    void scramSha256RoundTrips() throws Exception {
        roundTrip(KafkaTransport.bootstrap("localhost:" + saslPort).plaintext().saslMechanism("SCRAM-SHA-256")
                .credentials("bob", SCRAM_PASSWORD));
    }

    @Test
    void plainOverTlsRoundTrips() throws Exception {
        roundTrip(KafkaTransport.bootstrap("localhost:" + saslSslPort).tls(TlsConfig.trustPem(certificates.caBundle()))
                .credentials("alice", PLAIN_PASSWORD));
    }

    /**
     * 0.0.0.0 is not loopback to the rule (only 127.0.0.0/8, ::1 and localhost are), yet a connection to it
     * reaches this machine's 127.0.0.1 listener: a broker that is "remote" without leaving the machine.
     */
    @Test
    void aLoginWithoutTlsToAHostThatIsNotLoopbackIsRefusedUnlessAllowedAndThenRoundTrips() throws Exception {
        assertThatThrownBy(() -> KafkaTransport.bootstrap("0.0.0.0:" + saslPort).plaintext().saslMechanism("SCRAM-SHA-256")
                .credentials("bob", SCRAM_PASSWORD).build())
                .hasMessageStartingWith("Kafka transport: refusing to log in with SASL SCRAM-SHA-256 without TLS to 0.0.0.0,");
        roundTrip(KafkaTransport.bootstrap("0.0.0.0:" + saslPort).plaintext().saslMechanism("SCRAM-SHA-256")
                .credentials("bob", SCRAM_PASSWORD).allowCredentialsWithoutTls());
    }

    @Test
    void wrongPlainPasswordFailsSayingAuthenticationFailed() throws Exception {
        wrongPassword(KafkaTransport.bootstrap("localhost:" + saslPort).plaintext().credentials("alice", WRONG));
    }

    @Test
    void wrongScramPasswordFailsSayingAuthenticationFailed() throws Exception {
        wrongPassword(KafkaTransport.bootstrap("localhost:" + saslPort).plaintext().saslMechanism("SCRAM-SHA-256")
                .credentials("bob", WRONG));
    }

    private static void roundTrip(KafkaTransport.Builder builder) throws Exception {
        String topic = "sasl-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaTransport transport = builder.build()) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(topic, "sasl"),
                    m -> received.add(new String(m.payload(), UTF_8)))) {
                transport.send(OutgoingMessage.of(topic, "hello".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                assertThat(Awaits.next(received, "the authenticated message")).isEqualTo("hello");
            }
        }
    }

    private static void wrongPassword(KafkaTransport.Builder builder) throws Exception {
        String topic = "denied-" + UUID.randomUUID().toString().substring(0, 8);
        try (LogRecorder log = LogRecorder.on("");
                KafkaTransport transport = builder.sendTimeout(Duration.ofSeconds(30)).build()) {
            var sent = transport.send(OutgoingMessage.of(topic, "x".getBytes(UTF_8), null));
            Throwable failure = assertThat(sent).failsWithin(Duration.ofSeconds(90))
                    .withThrowableOfType(ExecutionException.class).actual().getCause();
            assertThat(failure).isInstanceOf(TransportException.class)
                    .hasMessageStartingWith("sending to Kafka topic '" + topic + "' failed: ")
                    .hasMessageContaining("Authentication failed");
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(topic, "denied"), m -> { })) {
                log.await(Level.WARNING, "Kafka consumer for '" + topic + "' failed");
            }
            assertThat(log.text()).contains("Authentication failed");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG).doesNotContain(PLAIN_PASSWORD)
                        .doesNotContain(SCRAM_PASSWORD);
            }
            assertThat(log.text()).doesNotContain(WRONG).doesNotContain(PLAIN_PASSWORD).doesNotContain(SCRAM_PASSWORD);
        }
    }
}
