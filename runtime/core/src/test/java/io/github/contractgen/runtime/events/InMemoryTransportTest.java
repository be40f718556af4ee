package io.github.contractgen.runtime.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.faults.Faults.Fault;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InMemoryTransportTest extends EventFaultsContract {

    private InMemoryTransport transport;

    @BeforeEach
    void open() {
        transport = InMemoryTransport.create();
    }

    @AfterEach
    void close() {
        transport.close();
    }

    @Override
    protected EventTransport transport() {
        return transport;
    }

    @Test
    void messagesForOtherAddressesAreNotDelivered() throws Exception {
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("lights/{id}/on", "g"), m -> received.add(m.address()))) {
            transport.send(OutgoingMessage.of("lights/1/off", new byte[0], null)).join();
            transport.send(OutgoingMessage.of("lights/1/2/on", new byte[0], null)).join();
            transport.send(OutgoingMessage.of("lights/3/on", new byte[0], null)).join();
            // FIFO per queue: had the first two been queued, they would arrive before the third.
            assertThat(Awaits.next(received, "lights/3/on")).isEqualTo("lights/3/on");
        }
    }

    @Test
    void closeWaitsForTheRunningHandler() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Subscription subscription = transport.subscribe(SubscriptionSpec.of("jobs", "workers"), m -> {
            started.countDown();
            release.await();
            finished.set(true);
        });
        transport.send(OutgoingMessage.of("jobs", new byte[0], null)).join();
        assertThat(started.await(90, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean finishedWhenCloseReturned = new AtomicBoolean();
        Thread closer = new Thread(() -> {
            subscription.close();
            finishedWhenCloseReturned.set(finished.get());
        });
        closer.start();
        Awaits.until(() -> closer.getState() == Thread.State.TIMED_WAITING, "close() waits for the handler");
        release.countDown();
        closer.join(Awaits.LIMIT.toMillis());

        assertThat(closer.isAlive()).isFalse();
        assertThat(finishedWhenCloseReturned).isTrue();
        assertThat(transport.pending()).isZero();
    }

    @Test
    void messageWaitingForItsNextAttemptGoesToTheNextMemberOfTheGroup() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        SubscriptionSpec spec = SubscriptionSpec.of("invoices", "billing")
                .withPolicy(new DeliveryPolicy(5, Duration.ofHours(1), Duration.ofHours(1)));
        Subscription first = transport.subscribe(spec, m -> {
            failed.countDown();
            throw new IllegalStateException("fails once, then waits an hour");
        });
        transport.send(OutgoingMessage.of("invoices", "inv-1".getBytes(UTF_8), null)).join();
        assertThat(failed.await(90, TimeUnit.SECONDS)).isTrue();
        first.close(); // ends the hour-long backoff at once; the message is not acknowledged

        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (Subscription ignored = transport.subscribe(spec, m -> received.add(text(m)))) {
            assertThat(Awaits.next(received, "the handed-back message")).isEqualTo("inv-1");
        }
    }

    @Test
    void fullQueueFailsTheSendInsteadOfBlockingOrDropping() throws Exception {
        transport.close();
        transport = InMemoryTransport.builder().capacity(2).build();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        try (Subscription ignored = transport.subscribe(SubscriptionSpec.of("slow", "g"), m -> {
            started.countDown();
            release.await();
            handled.incrementAndGet();
        })) {
            transport.send(OutgoingMessage.of("slow", new byte[0], null)).join();
            assertThat(started.await(90, TimeUnit.SECONDS)).isTrue();
            transport.send(OutgoingMessage.of("slow", new byte[0], null)).join();
            transport.send(OutgoingMessage.of("slow", new byte[0], null)).join();

            assertThatThrownBy(() -> transport.send(OutgoingMessage.of("slow", new byte[0], null)).get())
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TransportException.class)
                    .hasMessageContaining("group 'g'").hasMessageContaining("is full (2 messages)");
            release.countDown();
            Awaits.until(() -> handled.get() == 3, "the three accepted messages are handled");
        }
    }

    @Test
    void sendThatOneFullGroupRefusesReachesNoGroup() throws Exception {
        transport.close();
        transport = InMemoryTransport.builder().capacity(1).build();
        LinkedBlockingQueue<String> fast = new LinkedBlockingQueue<>();
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowHandled = new AtomicInteger();
        // "fast" first: the full queue is the second the transport looks at, after one with room.
        try (Subscription fastGroup = transport.subscribe(SubscriptionSpec.of("orders.{region}", "fast"), m -> fast.add(text(m)));
                Subscription slowGroup = transport.subscribe(SubscriptionSpec.of("orders.{region}", "slow"), m -> {
                    slowStarted.countDown();
                    release.await();
                    slowHandled.incrementAndGet();
                })) {
            transport.send(OutgoingMessage.of("orders.eu", "m1".getBytes(UTF_8), null)).join();
            assertThat(Awaits.next(fast, "m1")).isEqualTo("m1");
            assertThat(slowStarted.await(90, TimeUnit.SECONDS)).isTrue();
            transport.send(OutgoingMessage.of("orders.eu", "m2".getBytes(UTF_8), null)).join(); // fills "slow"
            assertThat(Awaits.next(fast, "m2")).isEqualTo("m2");

            assertThatThrownBy(() -> transport.send(OutgoingMessage.of("orders.eu", "m3".getBytes(UTF_8), null)).get())
                    .cause().isInstanceOf(TransportException.class).hasMessageContaining("group 'slow'");

            release.countDown();
            Awaits.until(() -> slowHandled.get() == 2, "the slow group handles m1 and m2");
            transport.send(OutgoingMessage.of("orders.eu", "m4".getBytes(UTF_8), null)).join();
            // FIFO per queue: had m3 reached the fast group, it would come before m4.
            assertThat(Awaits.next(fast, "m4")).isEqualTo("m4");
            Awaits.until(() -> slowHandled.get() == 3, "the slow group handles m4");
        }
    }

    @Test
    void sendAfterCloseFailsOnTheFuture() {
        transport.close();
        assertThatThrownBy(() -> transport.send(OutgoingMessage.of("a", new byte[0], null)).get())
                .cause().isInstanceOf(TransportException.class).hasMessageContaining("closed");
    }

    /**
     * Closing the client closes the transport and with it every subscription; two handlers stuck past
     * their grace (not stopping when interrupted) are both given up on and named, and their messages,
     * not acknowledged, go back to their groups' queues once the handlers return.
     */
    @Test
    void closingTheClientGivesUpOnHandlersStuckPastTheirGrace() throws Exception {
        EventClient client = new EventClient(transport, Observer.NOOP, "Jobs");
        DeliveryPolicy policy = quickRetries(3).withCloseGrace(Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        for (String queue : new String[] {"jobs/a", "jobs/b"}) {
            client.subscribe("run", SubscriptionSpec.of(queue, "workers").withPolicy(policy), m -> {
                started.countDown();
                awaitIgnoringInterrupts(release);
            });
            transport.send(OutgoingMessage.of(queue, queue.getBytes(UTF_8), null)).join();
        }
        assertThat(started.await(90, TimeUnit.SECONDS)).isTrue();

        try (LogRecorder log = LogRecorder.on(Delivery.class.getName())) {
            Thread closer = new Thread(client::close, "closer");
            closer.start();
            closer.join(Awaits.LIMIT.toMillis());
            assertThat(closer.isAlive()).as("close() still waiting for the handlers").isFalse();
            assertThat(log.has(Level.WARNING, "the handler of operation 'run' on 'jobs/a' did not finish")).isTrue();
            assertThat(log.has(Level.WARNING, "the handler of operation 'run' on 'jobs/b' did not finish")).isTrue();
        } finally {
            release.countDown();
        }
        Awaits.until(() -> transport.pending() == 2, "both messages are back in their queues");
    }

    @ParameterizedTest
    @MethodSource("io.github.contractgen.testsupport.faults.Faults#userCodeFailures")
    void failingDeadLetterCallbackIsRetriedNotDropped(Fault fault) throws Exception {
        AtomicInteger deadLetterCalls = new AtomicInteger();
        LinkedBlockingQueue<Integer> parked = new LinkedBlockingQueue<>();
        SubscriptionSpec spec = SubscriptionSpec.of("poison", "g")
                .withPolicy(new DeliveryPolicy(1, Duration.ZERO, Duration.ofMillis(10)))
                .withDeadLetters((m, attempts, error) -> {
                    if (deadLetterCalls.incrementAndGet() < 3) {
                        fault.raise();
                    }
                    parked.add(attempts);
                });
        try (Subscription ignored = transport.subscribe(spec, m -> {
            throw new IllegalArgumentException("poison");
        })) {
            transport.send(OutgoingMessage.of("poison", new byte[0], null)).join();
            assertThat(Awaits.next(parked, "the parked message")).isEqualTo(1);
            assertThat(deadLetterCalls).hasValue(3);
        }
    }
}
