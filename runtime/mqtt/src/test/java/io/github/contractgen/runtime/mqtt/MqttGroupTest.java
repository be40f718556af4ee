package io.github.contractgen.runtime.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.DeliveryPolicy;
import io.github.contractgen.runtime.events.MessageHandler;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consumer groups as MQTT shared subscriptions, with both protocol versions against one embedded
 * broker: what happens to a departed member's message, one group on several addresses, and the group
 * names MQTT cannot take.
 */
class MqttGroupTest {

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

    private static MqttTransport transport(MqttProtocolVersion version) {
        return MqttTransport.builder("127.0.0.1", broker.port).plaintext().protocolVersion(version).build();
    }

    private static String address(String name) {
        return "g" + UUID.randomUUID().toString().substring(0, 8) + "/" + name;
    }

    /** Two instances of a service: the one whose handler keeps failing goes away, the other gets its message. */
    @ParameterizedTest
    @EnumSource(MqttProtocolVersion.class)
    void departedMembersUnacknowledgedMessageGoesToAnotherMember(MqttProtocolVersion version) throws Exception {
        String address = address("invoices");
        SubscriptionSpec spec = SubscriptionSpec.of(address, "billing")
                .withPolicy(new DeliveryPolicy(5, Duration.ofHours(1), Duration.ofHours(1)));
        AtomicReference<String> failedOn = new AtomicReference<>();
        LinkedBlockingQueue<String> failures = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> handled = new LinkedBlockingQueue<>();
        try (MqttTransport one = transport(version); MqttTransport two = transport(version)) {
            Subscription first = one.subscribe(spec, failingOnce("one", failedOn, failures, handled));
            Subscription second = two.subscribe(spec, failingOnce("two", failedOn, failures, handled));
            one.send(OutgoingMessage.of(address, "inv-1".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
            String failing = Awaits.next(failures, "the first attempt, which fails and then waits an hour");

            // Ends the backoff; the message stays unacknowledged and the member's session stays behind.
            (failing.equals("one") ? first : second).close();

            assertThat(Awaits.next(handled, "the message at the other member"))
                    .isEqualTo((failing.equals("one") ? "two" : "one") + ":inv-1");
            first.close();
            second.close();
        }
    }

    private static MessageHandler failingOnce(String member, AtomicReference<String> failedOn,
            LinkedBlockingQueue<String> failures, LinkedBlockingQueue<String> handled) {
        return message -> {
            if (failedOn.compareAndSet(null, member)) {
                failures.add(member);
                throw new IllegalStateException("fails once, then waits an hour");
            }
            handled.add(member + ":" + new String(message.payload(), UTF_8));
        };
    }

    @ParameterizedTest
    @EnumSource(MqttProtocolVersion.class)
    void oneGroupSubscribesToSeveralAddressesAtOnce(MqttProtocolVersion version) throws Exception {
        String orders = address("orders");
        String refunds = address("refunds");
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (MqttTransport transport = transport(version);
                Subscription a = transport.subscribe(SubscriptionSpec.of(orders, "billing"), m -> received.add(m.address()));
                Subscription b = transport.subscribe(SubscriptionSpec.of(refunds, "billing"), m -> received.add(m.address()))) {
            transport.send(OutgoingMessage.of(orders, new byte[0], null)).get(90, TimeUnit.SECONDS);
            transport.send(OutgoingMessage.of(refunds, new byte[0], null)).get(90, TimeUnit.SECONDS);
            assertThat(List.of(Awaits.next(received, "the first"), Awaits.next(received, "the second")))
                    .containsExactlyInAnyOrder(orders, refunds);
        }
    }

    @Test
    void groupThatCannotNameASharedSubscriptionIsRefusedNamingIt() {
        try (MqttTransport transport = transport(MqttProtocolVersion.MQTT_5)) {
            for (String group : List.of("billing/eu", "billing+", "#", "")) {
                assertThatThrownBy(() -> transport.subscribe(SubscriptionSpec.of("orders", group), m -> { }))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("MQTT consumer group '" + group + "' cannot name a shared subscription"
                                + " ($share/<group>/<filter>): a group must not be empty nor contain '/', '+', '#' or U+0000");
            }
        }
    }
}
