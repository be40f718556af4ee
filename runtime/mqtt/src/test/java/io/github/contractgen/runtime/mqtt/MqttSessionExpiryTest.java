package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hivemq.extension.sdk.api.services.session.SessionInformation;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.RequestSpec;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.observe.Observer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the broker keeps of a session, asked of the embedded broker itself (the CONNECT packets it took
 * and its client service): a group member's session expires after the configured time, a reply
 * router's ends with its client.
 */
class MqttSessionExpiryTest {

    @TempDir
    static Path data;

    private static MqttBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = MqttBroker.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    private static MqttTransport.Builder transport(String clientId) {
        return MqttTransport.builder("127.0.0.1", broker.port).plaintext().clientId(clientId);
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGroupMemberAsksForTheConfiguredExpiryAndItsSessionOutlivesTheConnection() throws Exception {
        String clientId = unique("member");
        SubscriptionSpec spec = SubscriptionSpec.of(unique("expiry") + "/readings", "readers");
        try (MqttTransport transport = transport(clientId).sessionExpiry(Duration.ofMinutes(5)).build()) {
            transport.subscribe(spec, message -> { }).close();
        }
        String session = MqttGroups.sessionId(clientId, spec, 1);
        assertThat(broker.connects.get(session)).isEqualTo(new MqttBroker.Connect(false, 300));
        Optional<SessionInformation> kept = broker.sessionAfterDisconnect(session);
        assertThat(kept).hasValueSatisfying(info -> assertThat(info.getSessionExpiryInterval()).isEqualTo(300));
    }

    @Test
    void aGroupMemberExpiresAfterAnHourByDefault() throws Exception {
        String clientId = unique("member");
        SubscriptionSpec spec = SubscriptionSpec.of(unique("expiry") + "/readings", "readers");
        try (MqttTransport transport = transport(clientId).build()) {
            transport.subscribe(spec, message -> { }).close();
        }
        assertThat(broker.connects.get(MqttGroups.sessionId(clientId, spec, 1)))
                .isEqualTo(new MqttBroker.Connect(false, MqttTransport.DEFAULT_SESSION_EXPIRY.getSeconds()));
    }

    @ParameterizedTest
    @EnumSource(MqttProtocolVersion.class)
    void aTransientGroupMemberHasACleanSessionThatEndsWithItsConnection(MqttProtocolVersion version) throws Exception {
        String clientId = unique("transient");
        SubscriptionSpec spec = SubscriptionSpec.of(unique("expiry") + "/replies", "replies-1").withTransientGroup();
        try (MqttTransport transport = transport(clientId).protocolVersion(version).build()) {
            Subscription subscription = transport.subscribe(spec, message -> { });
            String session = MqttGroups.sessionId(clientId, spec, 1);
            assertThat(broker.connects.get(session)).isEqualTo(new MqttBroker.Connect(true, 0));
            subscription.close();
            assertThat(broker.sessionAfterDisconnect(session)).isEmpty();
        }
    }

    /** End to end: the subscription an EventClient waits for replies on leaves nothing on the broker. */
    @Test
    void aReplyRoutersSessionDoesNotSurviveItsClient() throws Exception {
        String clientId = unique("requester");
        try (MqttTransport transport = transport(clientId).build()) {
            EventClient client = new EventClient(transport, Observer.NOOP, "Pinger");
            String requests = unique("ping") + "/requests"; // nobody answers: the client closes while it waits
            CompletableFuture<?> reply = client.request("ping", requests,
                    OutgoingMessage.of(requests, "hello".getBytes(UTF_8), "text/plain"),
                    RequestSpec.of(client.inbox("ping"), Duration.ofMinutes(10)));
            client.close();
            assertThat(reply).isCompletedExceptionally();
        }
        List<String> routers = broker.connects.keySet().stream()
                .filter(id -> id.startsWith(clientId + "-contractgen-replies-")).collect(Collectors.toList());
        assertThat(routers).hasSize(1);
        assertThat(broker.connects.get(routers.get(0))).isEqualTo(new MqttBroker.Connect(true, 0));
        assertThat(broker.sessionAfterDisconnect(routers.get(0))).isEmpty();
    }

    @Test
    void sessionExpiryMustBeWholeSecondsWithinWhatMqttCanSend() {
        MqttTransport.Builder builder = transport("unused");
        assertThatThrownBy(() -> builder.sessionExpiry(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionExpiry");
        assertThatThrownBy(() -> builder.sessionExpiry(Duration.ofSeconds(0x1_0000_0000L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionExpiry");
        assertThat(builder.sessionExpiry(Duration.ofSeconds(0xFFFF_FFFFL))).isSameAs(builder);
    }
}
