package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observer sees each call once, with the right status, attempts and sizes, and no secrets. */
class ObserverInterceptorTest {

    private static final long WAIT = 60;

    @TempDir
    static Path dir;

    static Pki pki;
    static EchoServer server;
    RecordingObserver observer;

    @BeforeAll
    static void start() throws Exception {
        pki = new Pki(dir);
        server = new EchoServer(pki.mtlsServer(ServerIdentity.GOOD));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void newObserver() {
        observer = new RecordingObserver();
    }

    @Test
    void aSuccessfulCallIsObservedOnceWithItsNamesAndSizes() throws Exception {
        withChannel(b -> b, channel -> GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "hello"));

        RecordingObserver.Call call = onlyCall();
        assertThat(call.info).isEqualTo(new CallInfo("test.Echo", "test.Echo/Unary", CallKind.GRPC, "UNARY",
                "test.Echo/Unary",
                "127.0.0.1", Integer.parseInt(server.target().substring("127.0.0.1:".length()))));
        CallResult result = call.ended.get(WAIT, TimeUnit.SECONDS);
        assertThat(result.status()).isZero();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.requestBytes()).isEqualTo("hello".length());
        assertThat(result.responseBytes()).isEqualTo("echo:hello".length());
        assertThat(call.ends).hasSize(1);
        assertThat(call.attempts).extracting(AttemptInfo::attempt, AttemptInfo::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 0));
    }

    @Test
    void anErrorStatusIsObservedWithTheExceptionTheCallerSees() throws Exception {
        withChannel(b -> b, channel -> assertThatThrownBy(
                () -> GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "fail:x")));

        CallResult result = onlyCall().ended.get(WAIT, TimeUnit.SECONDS);
        assertThat(result.status()).isEqualTo(Status.Code.NOT_FOUND.value());
        assertThat(result.error()).isInstanceOfSatisfying(GrpcStatusException.class,
                e -> assertThat(e.trailers().get(EchoServer.DETAIL)).isEqualTo("x"));
    }

    @Test
    void aDeadlineAndACancellationAreObservedWithTheirStatus() throws Exception {
        withChannel(b -> b, channel -> {
            assertThatThrownBy(() -> GrpcCalls.unary(channel, Echo.UNARY,
                    CallOptions.DEFAULT.withDeadlineAfter(300, TimeUnit.MILLISECONDS), "hang:observed-deadline"));
            CompletableFuture<String> pending =
                    GrpcCalls.unaryAsync(channel, Echo.UNARY, CallOptions.DEFAULT, "hang:observed-cancel");
            assertThat(server.hang("hang:observed-cancel")[0].await(WAIT, TimeUnit.SECONDS)).isTrue();
            pending.cancel(true);
            observer.calls.get(1).ended.get(WAIT, TimeUnit.SECONDS);
            return null;
        });

        assertThat(observer.calls).hasSize(2);
        assertThat(observer.calls.get(0).ended.get(WAIT, TimeUnit.SECONDS).status())
                .isEqualTo(Status.Code.DEADLINE_EXCEEDED.value());
        assertThat(observer.calls.get(1).ended.get(WAIT, TimeUnit.SECONDS).status())
                .isEqualTo(Status.Code.CANCELLED.value());
        assertThat(observer.calls).allSatisfy(c -> assertThat(c.ends).hasSize(1));
    }

    @Test
    void streamingCallsAreObservedOnceWithTheirKind() throws Exception {
        withChannel(b -> b, channel -> {
            CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(10);
            GrpcCalls.serverStreaming(channel, Echo.COUNT, CallOptions.DEFAULT, "10").subscribe(subscriber);
            return subscriber.done.get(WAIT, TimeUnit.SECONDS);
        });

        RecordingObserver.Call call = onlyCall();
        assertThat(call.info.method()).isEqualTo("SERVER_STREAMING");
        CallResult result = call.ended.get(WAIT, TimeUnit.SECONDS);
        assertThat(result.status()).isZero();
        assertThat(result.responseBytes()).isEqualTo(10); // "0" to "9"
    }

    @Test
    void theObservationInjectsMetadata() throws Exception {
        withChannel(b -> b, channel -> GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "traced"));

        assertThat(server.lastTraceparent.get()).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void aFailingObserverDoesNotFailTheCall() throws Exception {
        Observer failing = new Observer() {
            @Override
            public Observation start(CallInfo call) {
                return new Observation() {
                    @Override
                    public void inject(java.util.function.BiConsumer<String, String> headers) {
                        throw new IllegalStateException("observer bug");
                    }

                    @Override
                    public void onEnd(CallResult result) {
                        throw new IllegalStateException("observer bug");
                    }
                };
            }
        };

        String answer = withChannel(b -> b.observer(failing),
                channel -> GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "still"));

        assertThat(answer).isEqualTo("echo:still");
    }

    @Test
    void idempotentMethodsAreRetriedAndEachAttemptIsObserved() throws Exception {
        GrpcRetryPolicy retry = GrpcRetryPolicy.builder()
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50), 2.0)
                .methods(List.of(Echo.FLAKY, Echo.UNSAFE))
                .build();

        String answer = withChannel(b -> b.retryPolicy(retry),
                channel -> GrpcCalls.unary(channel, Echo.FLAKY, CallOptions.DEFAULT, "retried"));

        assertThat(answer).isEqualTo("ok:retried");
        RecordingObserver.Call call = onlyCall();
        assertThat(call.ended.get(WAIT, TimeUnit.SECONDS).attempts()).isEqualTo(3);
        assertThat(call.attempts).extracting(AttemptInfo::attempt, AttemptInfo::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Status.Code.UNAVAILABLE.value()),
                org.assertj.core.groups.Tuple.tuple(2, Status.Code.UNAVAILABLE.value()),
                org.assertj.core.groups.Tuple.tuple(3, 0));
    }

    @Test
    void aMethodThatIsNotIdempotentIsSentOnce() throws Exception {
        GrpcRetryPolicy retry = GrpcRetryPolicy.builder().methods(List.of(Echo.FLAKY, Echo.UNSAFE)).build();

        withChannel(b -> b.retryPolicy(retry), channel -> assertThatThrownBy(
                () -> GrpcCalls.unary(channel, Echo.UNSAFE, CallOptions.DEFAULT, "once")));

        CallResult result = onlyCall().ended.get(WAIT, TimeUnit.SECONDS);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.status()).isEqualTo(Status.Code.UNAVAILABLE.value());
    }

    private RecordingObserver.Call onlyCall() {
        assertThat(observer.calls).hasSize(1);
        return observer.calls.get(0);
    }

    /** Runs {@code body} on a fresh mTLS channel with the recording observer (or the builder's). */
    private <T> T withChannel(UnaryOperator<GrpcChannels.Builder> settings, ChannelBody<T> body) throws Exception {
        ManagedChannel channel = settings.apply(GrpcChannels.forTarget(server.target())
                .tls(pki.clientWithCertificate()).observer(observer)).build();
        try {
            return body.run(channel);
        } finally {
            channel.shutdownNow().awaitTermination(WAIT, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    interface ChannelBody<T> {
        T run(ManagedChannel channel) throws Exception;
    }
}
