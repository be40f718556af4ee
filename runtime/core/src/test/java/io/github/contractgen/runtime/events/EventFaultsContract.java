package io.github.contractgen.runtime.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.faults.Faults;
import io.github.contractgen.testsupport.faults.Faults.Fault;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transport contract, plus what user code that throws must not change, run against each transport
 * (in memory, a real Kafka, a real MQTT broker) in the one test class that starts its broker: a handler
 * that throws anything is retried, then dead-lettered, and the consumer goes on; an observer that throws
 * changes no send, receipt, request or reply; a message that does not decode is dead-lettered at once;
 * closing gives up on a handler that does not finish within the close grace, and its message comes back.
 */
public abstract class EventFaultsContract extends EventTransportContract {

    /** Far above any reply time on a loaded machine: only a missing reply reaches it. */
    private static final Duration PATIENT = Duration.ofSeconds(90);

    /** A reading as a contract would declare it, for the decoding test. */
    public record Reading(int lumens) {}

    static Stream<Arguments> throwingObservers() {
        return Faults.userCodeErrors().stream().flatMap(fault -> Stream.of(ThrowingObserver.Where.values())
                .map(where -> Arguments.of(new ThrowingObserver(fault, where))));
    }

    @ParameterizedTest
    @MethodSource("io.github.contractgen.testsupport.faults.Faults#userCodeErrors")
    void aHandlerThatThrowsAnErrorIsRetriedThenDeadLetteredAndTheConsumerGoesOn(Fault fault) throws Exception {
        String address = address("faulty");
        AtomicInteger poisonCalls = new AtomicInteger();
        LinkedBlockingQueue<String> handled = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Throwable> parked = new LinkedBlockingQueue<>();
        AtomicInteger parkedAttempts = new AtomicInteger();
        SubscriptionSpec spec = SubscriptionSpec.of(address, "faulty").withPolicy(quickRetries(2))
                .withDeadLetters((message, attempts, error) -> {
                    parkedAttempts.set(attempts);
                    parked.add(error);
                });
        try (Subscription ignored = transport().subscribe(spec, message -> {
            if (text(message).equals("poison")) {
                poisonCalls.incrementAndGet();
                fault.raise();
            }
            handled.add(text(message));
        })) {
            send(address, "poison");
            send(address, "good");

            assertThat(Awaits.next(parked, "the dead letter")).isInstanceOf(fault.create().getClass())
                    .hasMessage(fault.create().getMessage());
            assertThat(parkedAttempts).hasValue(2);
            assertThat(Awaits.next(handled, "the message after the poison")).isEqualTo("good");
            send(address, "later");
            assertThat(Awaits.next(handled, "a later message: the subscription lives on")).isEqualTo("later");
            assertThat(poisonCalls).hasValue(2);
        }
    }

    /**
     * A send reports success (so a producer that retries on failure sends no duplicate), both groups get
     * each message once, and the observed handler is called once per message (no retry).
     */
    @ParameterizedTest
    @MethodSource("throwingObservers")
    void anObserverThatThrowsChangesNoSendNorReceipt(ThrowingObserver observer) throws Exception {
        String address = address("observed");
        EventClient client = new EventClient(transport(), observer, "Hostile");
        LinkedBlockingQueue<String> observedGroup = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> plainGroup = new LinkedBlockingQueue<>();
        try (Subscription observed = client.subscribe("receive", SubscriptionSpec.of(address, "observed")
                        .withPolicy(quickRetries(3)), message -> observedGroup.add(text(message)));
                Subscription plain = transport().subscribe(SubscriptionSpec.of(address, "plain"),
                        message -> plainGroup.add(text(message)))) {
            for (String text : List.of("first", "second")) {
                client.send("send", address, OutgoingMessage.of(address, text.getBytes(UTF_8), null))
                        .get(90, TimeUnit.SECONDS); // throws if the send reports failure
            }
            assertThat(List.of(Awaits.next(plainGroup, "first"), Awaits.next(plainGroup, "second")))
                    .containsExactly("first", "second");
            assertThat(List.of(Awaits.next(observedGroup, "first"), Awaits.next(observedGroup, "second")))
                    .containsExactly("first", "second");
        }
        // Both subscriptions drained: a duplicate or a retried message would be here by now.
        assertThat(plainGroup).isEmpty();
        assertThat(observedGroup).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("throwingObservers")
    void anObserverThatThrowsChangesNoRequestNorReply(ThrowingObserver observer) throws Exception {
        String requests = address("ask");
        RequestSpec spec = RequestSpec.of(address("answers"), PATIENT);
        EventClient client = new EventClient(transport(), observer, "Hostile");
        SubscriptionSpec replying = SubscriptionSpec.of(requests, "replier-" + UUID.randomUUID());
        try (Subscription ignored = client.subscribe("answer", replying, request -> client.reply("answer",
                spec.replyAddress(), request, OutgoingMessage.of(spec.replyAddress(), text(request).toUpperCase()
                        .getBytes(UTF_8), null), spec).get(90, TimeUnit.SECONDS))) {
            IncomingMessage reply = client.request("ask", requests,
                    OutgoingMessage.of(requests, "ping".getBytes(UTF_8), null), spec).get(120, TimeUnit.SECONDS);

            assertThat(text(reply)).isEqualTo("PING");
        }
    }

    @Test
    void aPayloadThatDoesNotDecodeIsDeadLetteredAtOnceWithTheReasonAndTheHandlerNeverSeesIt() throws Exception {
        String address = address("readings");
        LinkedBlockingQueue<Integer> handled = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Throwable> parked = new LinkedBlockingQueue<>();
        AtomicInteger parkedAttempts = new AtomicInteger();
        AtomicInteger decodes = new AtomicInteger();
        SubscriptionSpec spec = SubscriptionSpec.of(address, "readers").withPolicy(quickRetries(5))
                .withDeadLetters((message, attempts, error) -> {
                    parkedAttempts.set(attempts);
                    parked.add(error);
                });
        try (Subscription ignored = transport().subscribe(spec, message -> {
            decodes.incrementAndGet();
            Reading reading = message.decode("payload",
                    m -> JsonCodec.shared().decode(m.payload(), JsonType.of(Reading.class)));
            handled.add(reading.lumens());
        })) {
            send(address, "{\"lumens\":\"bright\"}");
            send(address, "{\"lumens\":7}");

            Throwable error = Awaits.next(parked, "the dead letter");
            assertThat(error).isInstanceOf(MalformedMessageException.class)
                    .hasMessageStartingWith("the message on '" + address + "' breaks the contract in its payload: ")
                    .hasMessageContaining("lumens");
            assertThat(parkedAttempts).as("attempts: decoding the same bytes again fails again").hasValue(1);
            assertThat(Awaits.next(handled, "the reading that decodes")).isEqualTo(7);
            assertThat(decodes).hasValue(2);
        }
    }

    /**
     * A handler blocked past the close grace, honouring interrupts or not: close returns, a WARNING names
     * the handler, and its message, not acknowledged, comes to the group's next subscription.
     */
    @ParameterizedTest(name = "honours interrupts: {0}")
    @ValueSource(booleans = {true, false})
    void closeGivesUpOnAHandlerStillRunningAfterTheGraceAndItsMessageComesBack(boolean honoursInterrupts)
            throws Exception {
        String address = address("stuck");
        Duration grace = Duration.ofMillis(300);
        SubscriptionSpec spec = SubscriptionSpec.of(address, "stuck").withPolicy(quickRetries(3).withCloseGrace(grace));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventClient client = new EventClient(transport(), Observer.NOOP, "Stuck");
        Subscription subscription = client.subscribe("receiveJob", spec, message -> {
            started.countDown();
            if (honoursInterrupts) {
                release.await();
            } else {
                awaitIgnoringInterrupts(release);
            }
        });
        send(address, "job-1");
        assertThat(started.await(90, TimeUnit.SECONDS)).isTrue();

        try (LogRecorder log = LogRecorder.on(Delivery.class.getName())) {
            Thread closer = new Thread(subscription::close, "closer");
            closer.start();
            closer.join(grace.plus(Awaits.LIMIT).toMillis());
            assertThat(closer.isAlive()).as("close() still waiting for the handler").isFalse();
            assertThat(log.has(Level.WARNING, "the handler of operation 'receiveJob' on '" + address
                    + "' did not finish within " + grace)).isTrue();
        } finally {
            release.countDown(); // a handler that ignored the interrupt returns now, its message still unacknowledged
        }
        LinkedBlockingQueue<String> again = new LinkedBlockingQueue<>();
        try (Subscription next = transport().subscribe(spec, message -> again.add(text(message)))) {
            assertThat(Awaits.next(again, "the message of the handler given up on")).isEqualTo("job-1");
        }
    }

    /** What a handler that does not stop when interrupted does: waits for {@code latch} whatever happens. */
    protected static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // this handler does not stop when asked to
            }
        }
    }

    private void send(String address, String text) throws Exception {
        transport().send(OutgoingMessage.of(address, text.getBytes(UTF_8), null)).get(90, TimeUnit.SECONDS);
    }
}
