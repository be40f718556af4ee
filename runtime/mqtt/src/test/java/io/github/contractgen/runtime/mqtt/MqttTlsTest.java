package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MQTT 5 over mutual TLS with certificates made by the test; the broker requires a client certificate. */
class MqttTlsTest {

    @TempDir
    static Path directory;

    private static TestCertificates certificates;
    private static MqttBroker broker;
    private static int good;
    private static int wrongHost;

    @BeforeAll
    static void start() throws Exception {
        certificates = TestCertificates.generate(directory.resolve("pki"));
        broker = MqttBroker.startWithTls(directory.resolve("broker"), Map.of(
                "good", TlsFiles.serverKeyStore(certificates, ServerIdentity.GOOD, directory.resolve("good.p12")),
                "wrong", TlsFiles.serverKeyStore(certificates, ServerIdentity.WRONG_HOST, directory.resolve("wrong.p12"))),
                certificates.trustStore());
        good = broker.tlsPort("good");
        wrongHost = broker.tlsPort("wrong");
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private static TlsConfig clientTls() {
        return TlsConfig.fromPem(certificates.clientCertificateChain(), certificates.clientKey(), certificates.caBundle());
    }

    @Test
    void roundTripOverMutualTls() throws Exception {
        try (MqttTransport transport = MqttTransport.builder("127.0.0.1", good).tls(clientTls()).build()) {
            LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("secure/{id}", null), received::add)) {
                transport.send(OutgoingMessage.of("secure/1", "hello".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                IncomingMessage message = Awaits.next(received, "the message over TLS");
                assertThat(new String(message.payload(), UTF_8)).isEqualTo("hello");
                assertThat(message.address()).isEqualTo("secure/1");
            }
        }
    }

    @Test
    void certificateForAnotherHostIsRefused() {
        assertThatThrownBy(() -> MqttTransport.builder("127.0.0.1", wrongHost).tls(clientTls())
                .timeout(Duration.ofSeconds(90)).build())
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("cannot connect to MQTT broker 127.0.0.1:" + wrongHost);
    }

    @Test
    void brokerRefusesAClientWithoutCertificate() {
        TlsConfig trustOnly = TlsConfig.trustPem(certificates.caBundle());
        assertThatThrownBy(() -> MqttTransport.builder("127.0.0.1", good).tls(trustOnly)
                .timeout(Duration.ofSeconds(90)).build())
                .isInstanceOf(TransportException.class);
    }
}
