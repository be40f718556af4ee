package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.RequestSpec;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.observe.Observer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reply router's consumer group (a transient group) is deleted when its client closes, while an
 * ordinary group stays for its next member: asked of a real KRaft broker in this JVM.
 */
class KafkaTransientGroupTest {

    private static KafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(Map.of());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static Set<String> groups() throws Exception {
        return admin.listGroups().all().get(120, TimeUnit.SECONDS).stream().map(GroupListing::groupId)
                .collect(Collectors.toSet());
    }

    private static boolean hasReplyGroup() {
        try {
            return groups().stream().anyMatch(group -> group.startsWith("contractgen-replies-"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReplyRoutersGroupIsDeletedWhenItsClientCloses() throws Exception {
        String requests = "t" + UUID.randomUUID().toString().substring(0, 8) + ".ping";
        String responderGroup = "responder-" + UUID.randomUUID();
        try (KafkaTransport transport = KafkaTransport.bootstrap(broker.bootstrapServers()).plaintext().build()) {
            EventClient responder = new EventClient(transport, Observer.NOOP, "Ponger");
            EventClient requester = new EventClient(transport, Observer.NOOP, "Pinger");
            RequestSpec spec = RequestSpec.of(requester.inbox("ping"), Duration.ofMinutes(2));
            try (Subscription answering = responder.subscribe("answer", SubscriptionSpec.of(requests, responderGroup),
                    request -> responder.reply("answer", spec.replyAddress(), request,
                            OutgoingMessage.of(spec.replyAddress(), request.payload(), "text/plain"), spec).join())) {
                IncomingMessage reply = requester.request("ping", requests,
                        OutgoingMessage.of(requests, "hello".getBytes(UTF_8), "text/plain"), spec).get(120, TimeUnit.SECONDS);
                assertThat(new String(reply.payload(), UTF_8)).isEqualTo("hello");
                assertThat(hasReplyGroup()).as("the reply router's group while its client is open").isTrue();

                requester.close();

                assertThat(hasReplyGroup()).as("a reply router's group after its client closed").isFalse();
            }
            responder.close();
        }
        Awaits.until(() -> {
            try {
                return groups().contains(responderGroup);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "the ordinary group, kept for its next member, to be listed");
    }
}
