package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CONNECT user name and password against a broker with an authenticator, over MQTT 5 and 3.1.1. */
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
