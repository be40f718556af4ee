package io.github.contractgen.runtime.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.Observer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every transport must show, run against each one (in memory, a real Kafka, a real MQTT
 * broker). Subclasses say what the protocol can carry and make a transport.
 */
public abstract class EventTransportContract {

    /** The transport under test; subclasses keep it for the class and close it after. */
    protected abstract EventTransport transport();

    /** The level separator of addresses on this transport ({@code .} for Kafka topics). */
    protected String separator() {
        return "/";
    }

    /** Whether headers and the content type travel with a message. */
    protected boolean carriesHeaders() {
        return true;
    }

    /** Whether the key travels with a message. */
    protected boolean carriesKey() {
        return true;
    }

    /**
     * Whether a message may reach two members of one group while the group forms (Kafka: a member that
     * handled a record before a rebalance took its partition cannot commit it, so the next owner gets it
     * again). Then the group members' shares may overlap; they must still cover every message.
     */
    protected boolean duplicatesWhileGroupForms() {
        return false;
    }

    /** A fresh address template, so that tests sharing one broker do not see each other's messages. */
    protected String address(String... levels) {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + separator() + String.join(separator(), levels);
    }

    protected static DeliveryPolicy quickRetries(int attempts) {
        return new DeliveryPolicy(attempts, Duration.ofMillis(20), Duration.ofMillis(200));
    }

    @Test
    void roundTripCarriesPayloadParametersKeyAndHeaders() throws Exception {
        String template = address("lights", "{lightId}", "measured");
        AddressPattern pattern = AddressPattern.of(template);
        LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
        try (Subscription ignored = transport().subscribe(SubscriptionSpec.of(template, "dashboard"), received::add)) {
            String address = pattern.expand(Map.of("lightId", "light-7"));
            OutgoingMessage message = new OutgoingMessage(address, "light-7".getBytes(UTF_8),
                    Map.of("x-site", "north", "correlation-id", "c-1"), "{\"lumens\":310}".getBytes(UTF_8),
                    "application/json", Map.of("qos", "1"));
            transport().send(message).get(90, TimeUnit.SECONDS);

            IncomingMessage in = Awaits.next(received, "the message on " + address);
            assertThat(in.address()).isEqualTo(address);
            assertThat(in.parameters(pattern)).containsExactly(Map.entry("lightId", "light-7"));
            assertThat(new String(in.payload(), UTF_8)).isEqualTo("{\"lumens\":310}");
            if (carriesHeaders()) {
                assertThat(in.headers()).containsEntry("x-site", "north").containsEntry("correlation-id", "c-1");
                assertThat(in.contentType()).isEqualTo("application/json");
            }
            if (carriesKey()) {
                assertThat(new String(in.key(), UTF_8)).isEqualTo("light-7");
            }
        }
    }

    @Test
    void failingHandlerGetsTheMessageAgainUntilItSucceeds() throws Exception {
        String address = address("commands");
        AtomicInteger calls = new AtomicInteger();
        LinkedBlockingQueue<String> handled = new LinkedBlockingQueue<>();
        List<IncomingMessage> deadLetters = new CopyOnWriteArrayList<>();
        SubscriptionSpec spec = SubscriptionSpec.of(address, "flaky").withPolicy(quickRetries(5))
                .withDeadLetters((message, attempts, error) -> deadLetters.add(message));
        try (Subscription ignored = transport().subscribe(spec, message -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("database down");
            }
            handled.add(new String(message.payload(), UTF_8));
        })) {
            transport().send(OutgoingMessage.of(address, "turn-on".getBytes(UTF_8), "text/plain")).get(90, TimeUnit.SECONDS);
            assertThat(Awaits.next(handled, "the third attempt")).isEqualTo("turn-on");
            assertThat(calls).hasValue(3);
            assertThat(deadLetters).isEmpty();
        }
    }

    @Test
    void poisonMessageReachesDeadLettersAfterTheLastAttemptAndTheNextMessageStillArrives() throws Exception {
        String address = address("orders");
        AtomicInteger poisonCalls = new AtomicInteger();
        LinkedBlockingQueue<String> handled = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> deadLetters = new LinkedBlockingQueue<>();
        SubscriptionSpec spec = SubscriptionSpec.of(address, "orders").withPolicy(quickRetries(3))
                .withDeadLetters((message, attempts, error) -> deadLetters.add(
                        new String(message.payload(), UTF_8) + " after " + attempts + ": " + error.getMessage()));
        try (Subscription ignored = transport().subscribe(spec, message -> {
            String text = new String(message.payload(), UTF_8);
            if (text.equals("poison")) {
                poisonCalls.incrementAndGet();
                throw new IllegalArgumentException("cannot parse");
            }
            handled.add(text);
        })) {
            transport().send(OutgoingMessage.of(address, "poison".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
            transport().send(OutgoingMessage.of(address, "good".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);

            assertThat(Awaits.next(deadLetters, "the dead letter")).isEqualTo("poison after 3: cannot parse");
            assertThat(Awaits.next(handled, "the good message")).isEqualTo("good");
            assertThat(poisonCalls).hasValue(3);
        }
    }

    @Test
    void observerSeesSendAndReceiveAndTheTraceparentTravels() throws Exception {
        String template = address("devices", "{deviceId}", "events");
        RecordingObserver observer = new RecordingObserver();
        EventClient client = new EventClient(transport(), observer, "Devices");
        LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        SubscriptionSpec spec = SubscriptionSpec.of(template, "monitor").withPolicy(quickRetries(3));
        try (Subscription ignored = client.subscribe("receiveDeviceEvent", spec, message -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            received.add(message);
        })) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer secret-token");
            String address = AddressPattern.of(template).expand(Map.of("deviceId", "d1"));
            client.send("sendDeviceEvent", template, new OutgoingMessage(address, null, headers,
                    "{}".getBytes(UTF_8), "application/json", Map.of())).get(90, TimeUnit.SECONDS);

            IncomingMessage in = Awaits.next(received, "the observed message");
            // Either may end first: the receipt can be over before the broker's acknowledgement of the send arrives.
            List<RecordingObserver.Call> ended = List.of(Awaits.next(observer.ended, "the end of the send or receive"),
                    Awaits.next(observer.ended, "the end of the other"));
            RecordingObserver.Call send = ended.stream().filter(call -> call.info.kind() == CallKind.MESSAGE_SEND)
                    .findFirst().orElseThrow();
            RecordingObserver.Call receive = ended.stream().filter(call -> call.info.kind() == CallKind.MESSAGE_RECEIVE)
                    .findFirst().orElseThrow();

            assertThat(send.info.operation()).isEqualTo("sendDeviceEvent");
            assertThat(send.info.target()).isEqualTo(template);
            assertThat(send.result.succeeded()).isTrue();
            assertThat(send.result.requestBytes()).isEqualTo(2);
            assertThat(receive.info.service()).isEqualTo("Devices");
            assertThat(receive.info.target()).isEqualTo(template);
            assertThat(receive.attempts).hasSize(2);
            assertThat(receive.attempts.get(0).error()).hasMessage("first attempt fails");
            assertThat(receive.attempts.get(1).error()).isNull();
            assertThat(receive.result.attempts()).isEqualTo(2);
            assertThat(receive.result.succeeded()).isTrue();
            if (carriesHeaders()) {
                assertThat(in.headers()).containsEntry("traceparent", RecordingObserver.TRACEPARENT)
                        .containsEntry("Authorization", "Bearer secret-token");
                assertThat(receive.seenHeaders).containsExactly(Map.entry("traceparent", RecordingObserver.TRACEPARENT));
            }
        }
    }

    @Test
    void everyGroupGetsEveryMessageAndMembersOfOneGroupShareThem() throws Exception {
        String address = address("alerts");
        List<String> sent = new ArrayList<>();
        LinkedBlockingQueue<String> audited = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> paged = new LinkedBlockingQueue<>();
        List<String> pagerOne = new CopyOnWriteArrayList<>();
        List<String> pagerTwo = new CopyOnWriteArrayList<>();
        try (Subscription audit = transport().subscribe(SubscriptionSpec.of(address, "audit"), m -> audited.add(text(m)));
                Subscription one = transport().subscribe(SubscriptionSpec.of(address, "pager"), m -> {
                    pagerOne.add(text(m));
                    paged.add(text(m));
                });
                Subscription two = transport().subscribe(SubscriptionSpec.of(address, "pager"), m -> {
                    pagerTwo.add(text(m));
                    paged.add(text(m));
                })) {
            for (int i = 0; i < 12; i++) {
                sent.add("alert-" + i);
                transport().send(OutgoingMessage.of(address, ("alert-" + i).getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
            }
            List<String> auditedAll = new ArrayList<>();
            Set<String> pagedAll = new HashSet<>();
            for (int i = 0; i < sent.size(); i++) {
                auditedAll.add(Awaits.next(audited, "audit message " + i));
            }
            while (pagedAll.size() < sent.size()) {
                pagedAll.add(Awaits.next(paged, "pager message " + pagedAll.size()));
            }
            assertThat(auditedAll).containsExactlyElementsOf(sent);
            assertThat(pagedAll).containsExactlyInAnyOrderElementsOf(sent);
        }
        // Closed and drained: a transport that gave each member every message has shown it by now.
        List<String> bothMembers = new ArrayList<>(pagerOne);
        bothMembers.addAll(pagerTwo);
        if (duplicatesWhileGroupForms()) {
            assertThat(bothMembers).containsAll(sent);
        } else {
            List<String> inBoth = new ArrayList<>(pagerOne);
            inBoth.retainAll(pagerTwo); // either member's share may be empty (one Kafka partition, in memory)
            assertThat(inBoth).as("messages both members of the group handled").isEmpty();
            assertThat(bothMembers).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @Test
    void handlerMayCloseItsOwnSubscription() throws Exception {
        String address = address("self-closing");
        AtomicReference<Subscription> self = new AtomicReference<>();
        LinkedBlockingQueue<String> handled = new LinkedBlockingQueue<>();
        Subscription subscription = transport().subscribe(SubscriptionSpec.of(address, "closer"), message -> {
            self.get().close(); // must not wait for itself
            handled.add(text(message));
        });
        self.set(subscription);
        transport().send(OutgoingMessage.of(address, "bye".getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
        assertThat(Awaits.next(handled, "the message whose handler closes its subscription")).isEqualTo("bye");
        subscription.close(); // idempotent
    }

    @Test
    void observerIsOptional() {
        assertThat(SubscriptionSpec.of(address("x"), null).observer()).isSameAs(Observer.NOOP);
    }

    protected static String text(IncomingMessage message) {
        return new String(message.payload(), UTF_8);
    }
}
