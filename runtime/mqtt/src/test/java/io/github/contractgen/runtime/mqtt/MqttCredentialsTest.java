package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.LogRecorder;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CONNECT user name and password against a broker with an authenticator, over MQTT 5 and 3.1.1; without
 * TLS only to a loopback broker unless the builder allows it by name.
 */
class MqttCredentialsTest {

    private static final String PASSWORD = "pa55-Wd-7f3c";
    private static final String WRONG = "wrong-9d1e";

    @TempDir
    static Path data;

    private static MqttBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = MqttBroker.startWithUsers(data, Map.of("sensor", PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest
    @EnumSource(MqttProtocolVersion.class)
    void rightPasswordRoundTrips(MqttProtocolVersion version) throws Exception {
        try (MqttTransport transport = MqttTransport.builder("127.0.0.1", broker.port).plaintext().protocolVersion(version)
                .credentials("sensor", PASSWORD).build()) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            String topic = "auth/" + version;
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(topic, null),
                    m -> received.add(new String(m.payload(), UTF_8)))) {
                transport.send(OutgoingMessage.of(topic, "hi".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                assertThat(Awaits.next(received, "the authenticated message")).isEqualTo("hi");
            }
        }
    }

    @Test
    void credentialsWithoutTlsToABrokerThatIsNotLoopbackFailBuildBeforeConnecting() {
        // The broker's name does not exist: a build that tried to connect would fail on the name instead.
        assertThatThrownBy(() -> MqttTransport.builder("broker.example.invalid", 1883).plaintext()
                .credentials("sensor", PASSWORD).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MQTT transport: refusing to log in with a user name and password without TLS to"
                        + " broker.example.invalid, where anyone on the network can read the login and take over the"
                        + " connection; use tls(...), or call allowCredentialsWithoutTls() on the transport's builder (or"
                        + " on the events client's builder) if this network is trusted (a login without TLS to 127.0.0.1,"
                        + " ::1 or localhost is always allowed)");
    }

    /**
     * 0.0.0.0 is not loopback to the rule (only 127.0.0.0/8, ::1 and localhost are), yet a connection to it
     * reaches this machine's 127.0.0.1 listener: a broker that is "remote" without leaving the machine.
     */
    @Test
    void credentialsWithoutTlsToAHostThatIsNotLoopbackAreRefusedUnlessAllowedAndThenRoundTrip() throws Exception {
        assertThatThrownBy(() -> MqttTransport.builder("0.0.0.0", broker.port).plaintext().credentials("sensor", PASSWORD)
                .build()).hasMessageStartingWith("MQTT transport: refusing to log in with a user name and password"
                        + " without TLS to 0.0.0.0,");
        try (MqttTransport transport = MqttTransport.builder("0.0.0.0", broker.port).plaintext()
                .credentials("sensor", PASSWORD).allowCredentialsWithoutTls().build()) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("auth/allowed", null),
                    m -> received.add(new String(m.payload(), UTF_8)))) {
                transport.send(OutgoingMessage.of("auth/allowed", "hi".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
                assertThat(Awaits.next(received, "the message over the allowed login")).isEqualTo("hi");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MqttProtocolVersion.class)
    void wrongPasswordFailsSayingSoWithoutTheSecret(MqttProtocolVersion version) {
        try (LogRecorder log = LogRecorder.on("")) {
            TransportException failure = catchThrowableOfType(TransportException.class, () -> MqttTransport
                    .builder("127.0.0.1", broker.port).plaintext().protocolVersion(version).credentials("sensor", WRONG)
                    .timeout(Duration.ofSeconds(90)).build());

            assertThat(failure).hasMessageStartingWith("cannot connect to MQTT broker 127.0.0.1:" + broker.port
                    + ": authentication failed: the broker refused the password of user 'sensor'");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG).doesNotContain(PASSWORD);
            }
            assertThat(log.text()).doesNotContain(WRONG).doesNotContain(PASSWORD);
        }
    }
}
