package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.faults.FaultSwitch;
import io.github.contractgen.testsupport.faults.Faults;
import io.github.contractgen.testsupport.faults.Faults.Fault;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever user code around a call throws, an {@code Error} included, every future completes, every
 * blocking call returns or throws, every response subscriber ends, and the call ends on the wire: each
 * case over Netty on 127.0.0.1 and in-process, in every shape a generated client offers.
 */
@Timeout(120) // seconds: a call left hanging fails its test instead of the build's time limit
class GrpcUserCodeFaultsTest {

    private static final long WAIT = CallShape.WAIT;
    private static final CallOptions OPTIONS =
            GrpcCalls.throwing(CallOptions.DEFAULT, GrpcCallsTest.ShopException::new);

    private static final Map<Transport, EchoServer> SERVERS = new EnumMap<>(Transport.class);

    @BeforeAll
    static void start() throws Exception {
        for (Transport transport : Transport.values()) {
            SERVERS.put(transport, transport.server());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (EchoServer server : SERVERS.values()) {
            server.close();
        }
    }

    /** The observer callbacks a fault is put into. */
    enum Hook { START, INJECT, ON_ATTEMPT, ON_END }

    static Stream<Arguments> transportsFaultsAndHooks() {
        return Stream.of(Transport.values()).flatMap(transport -> Faults.userCodeErrors().stream()
                .flatMap(fault -> Stream.of(Hook.values()).map(hook -> Arguments.of(transport, fault, hook))));
    }

    static Stream<Arguments> transportsAndFaults() {
        return Stream.of(Transport.values()).flatMap(transport -> Faults.userCodeErrors().stream()
                .map(fault -> Arguments.of(transport, fault)));
    }

    @ParameterizedTest(name = "{0}, {1} in {2}")
    @MethodSource("transportsFaultsAndHooks")
    void anObserverThatThrowsChangesNoCall(Transport transport, Fault fault, Hook hook) throws Exception {
        FaultSwitch thrower = FaultSwitch.always(fault);
        CallEnds ends = new CallEnds();
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), observer(hook, thrower), ends)) {
            for (CallShape shape : CallShape.values()) {
                assertThat(shape.run(connection.calls(), OPTIONS, UnaryOperator.identity())).as(shape.name())
                        .isEqualTo(shape.expected);
                assertThat(ends.next(WAIT).getCode()).as(shape.name()).isEqualTo(Status.Code.OK);
            }
        }
        // The fault was really thrown, in every call (onAttempt at least once per call).
        assertThat(thrower.thrown()).isGreaterThanOrEqualTo(CallShape.values().length);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("transportsAndFaults")
    void aResponseParserThatThrowsFailsTheCallWithTheServicesException(Transport transport, Fault fault)
            throws Exception {
        FaultSwitch parser = FaultSwitch.always(fault);
        CallEnds ends = new CallEnds();
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), Observer.NOOP, ends)) {
            for (CallShape shape : CallShape.values()) {
                Throwable failure = shape.failure(connection.calls(), OPTIONS, method -> Echo.parsedThrough(method, parser));

                assertCancelledBy(failure, fault, shape);
                assertThat(ends.next(WAIT).getCode()).as(shape.name()).isEqualTo(Status.Code.CANCELLED);
            }
        }
        assertThat(parser.thrown()).isEqualTo(CallShape.values().length);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("transportsAndFaults")
    void aSubscriberWhoseOnNextThrowsCancelsTheServerStreamAndHearsNothingMore(Transport transport, Fault fault)
            throws Exception {
        EchoServer server = SERVERS.get(transport);
        CallEnds ends = new CallEnds();
        RecordingSubscriber subscriber = new RecordingSubscriber(FaultSwitch.onCall(fault, 2));
        try (Transport.Connection connection = transport.connect(server, Observer.NOOP, ends)) {
            GrpcCalls.serverStreaming(connection.calls(), Echo.COUNT, OPTIONS, "1000000").subscribe(subscriber);

            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);
        }
        assertThat(server.lastCount.get().cancelled.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(subscriber.signals).containsExactly("next:0", "next:1");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("transportsAndFaults")
    void aSubscriberWhoseOnNextThrowsCancelsTheBidiCallAndItsRequests(Transport transport, Fault fault)
            throws Exception {
        CallEnds ends = new CallEnds();
        RecordingSubscriber subscriber = new RecordingSubscriber(FaultSwitch.onCall(fault, 2));
        ListPublisher<String> requests = new ListPublisher<>(
                IntStream.range(0, 100_000).mapToObj(Integer::toString).toList());
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), Observer.NOOP, ends)) {
            GrpcCalls.bidiStreaming(connection.calls(), Echo.CHAT, OPTIONS, requests).subscribe(subscriber);

            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);
        }
        assertThat(requests.cancelled.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(subscriber.signals).containsExactly("next:re:0", "next:re:1");
    }

    /** How a request publisher breaks. */
    enum PublisherFault { THROWS_IN_SUBSCRIBE, THROWS_IN_REQUEST, SIGNALS_ON_ERROR }

    static Stream<Arguments> transportsFaultsAndPublisherFaults() {
        return Stream.of(Transport.values()).flatMap(transport -> Faults.userCodeErrors().stream()
                .flatMap(fault -> Stream.of(PublisherFault.values()).map(how -> Arguments.of(transport, fault, how))));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("transportsFaultsAndPublisherFaults")
    void aRequestPublisherThatFailsFailsTheCall(Transport transport, Fault fault, PublisherFault how) throws Exception {
        CallEnds ends = new CallEnds();
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), Observer.NOOP, ends)) {
            Throwable clientStreaming = failure(() -> GrpcCalls.clientStreaming(connection.calls(), Echo.JOIN, OPTIONS,
                    failingPublisher(fault, how)).get(WAIT, TimeUnit.SECONDS));
            assertCancelledBy(clientStreaming, fault, "client streaming");
            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);

            RecordingSubscriber responses = new RecordingSubscriber(FaultSwitch.off());
            GrpcCalls.bidiStreaming(connection.calls(), Echo.CHAT, OPTIONS, failingPublisher(fault, how))
                    .subscribe(responses);
            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);
            // An echo of the good first message may come before the cancellation; then the error, alone.
            assertThat(responses.signals).last().asString().startsWith("error:");
            assertThat(responses.signals).filteredOn(signal -> !signal.startsWith("next:")).hasSize(1);
            assertCancelledBy(responses.error, fault, "bidi");
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("transportsAndFaults")
    void anIterableThatThrowsFailsABlockingCall(Transport transport, Fault fault) throws Exception {
        CallEnds ends = new CallEnds();
        Iterable<String> failing = () -> new java.util.Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (taken++ == 1) {
                    fault.raise();
                }
                return "item";
            }
        };
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), Observer.NOOP, ends)) {
            assertCancelledBy(failure(() -> GrpcBlockingCalls.clientStreaming(connection.calls(), Echo.JOIN, OPTIONS,
                    failing)), fault, "client streaming");
            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);

            assertCancelledBy(failure(() -> GrpcBlockingCalls.bidiStreaming(connection.calls(), Echo.CHAT, OPTIONS,
                    failing).count()), fault, "bidi");
            assertThat(ends.next(WAIT).getCode()).isEqualTo(Status.Code.CANCELLED);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("transportsAndFaults")
    void anInterceptorThatThrowsWhenTheCallStartsFailsTheCall(Transport transport, Fault fault) throws Exception {
        ClientInterceptor throwingOnStart = new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        fault.raise();
                    }
                };
            }
        };
        try (Transport.Connection connection = transport.connect(SERVERS.get(transport), Observer.NOOP, throwingOnStart)) {
            for (CallShape shape : CallShape.values()) {
                assertCancelledBy(shape.failure(connection.calls(), OPTIONS, UnaryOperator.identity()), fault, shape);
            }
        }
    }

    /** The service's exception, {@code CANCELLED}, with the injected fault as its cause. */
    private static void assertCancelledBy(Throwable failure, Fault fault, Object where) {
        Class<? extends Throwable> injected = fault.create().getClass();
        assertThat(failure).as(where.toString()).isInstanceOfSatisfying(GrpcCallsTest.ShopException.class, e -> {
            assertThat(e.code()).isEqualTo(Status.Code.CANCELLED);
            assertThat(e.getCause()).isInstanceOf(injected);
        });
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private static Throwable failure(Call call) {
        try {
            Object result = call.run();
            throw new AssertionError("expected a failure, got " + result);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (AssertionError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("expected a failure")) {
                throw e;
            }
            return e;
        } catch (Throwable e) {
            return e;
        }
    }

    private static Flow.Publisher<String> failingPublisher(Fault fault, PublisherFault how) {
        return subscriber -> {
            if (how == PublisherFault.THROWS_IN_SUBSCRIBE) {
                fault.raise();
            }
            subscriber.onSubscribe(new Flow.Subscription() {
                private boolean sent;

                @Override
                public void request(long n) {
                    if (!sent) { // one good message first, so that the call is under way
                        sent = true;
                        subscriber.onNext("first");
                        return;
                    }
                    if (how == PublisherFault.THROWS_IN_REQUEST) {
                        fault.raise();
                    }
                    subscriber.onError(fault.create());
                }

                @Override
                public void cancel() {}
            });
        };
    }

    /** An observer whose {@code hook} callback calls {@code thrower.hit()} first. */
    private static Observer observer(Hook hook, FaultSwitch thrower) {
        return new Observer() {
            @Override
            public Observation start(CallInfo call) {
                hitOn(Hook.START);
                return new Observation() {
                    @Override
                    public void inject(BiConsumer<String, String> headers) {
                        hitOn(Hook.INJECT);
                    }

                    @Override
                    public void onAttempt(AttemptInfo attempt) {
                        hitOn(Hook.ON_ATTEMPT);
                    }

                    @Override
                    public void onEnd(CallResult result) {
                        hitOn(Hook.ON_END);
                    }
                };
            }

            private void hitOn(Hook where) {
                if (where == hook) {
                    thrower.hit();
                }
            }
        };
    }

    /** Records every signal in order, asks for plenty, and calls {@code onNextHook.hit()} after each item. */
    private static final class RecordingSubscriber implements Flow.Subscriber<String> {
        private final FaultSwitch onNextHook;
        final List<String> signals = new CopyOnWriteArrayList<>();
        volatile Throwable error;

        RecordingSubscriber(FaultSwitch onNextHook) {
            this.onNextHook = onNextHook;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(10);
        }

        @Override
        public void onNext(String item) {
            signals.add("next:" + item);
            onNextHook.hit();
        }

        @Override
        public void onError(Throwable failure) {
            error = failure;
            signals.add("error:" + failure);
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }
    }
}
