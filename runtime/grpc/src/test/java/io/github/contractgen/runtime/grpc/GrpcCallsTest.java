package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All four call kinds through the Flow adapters, over mTLS to a Netty server on 127.0.0.1. */
class GrpcCallsTest {

    private static final long WAIT = 60; // seconds: generous on a loaded machine

    @TempDir
    static Path dir;

    static EchoServer server;
    static ManagedChannel channel;

    @BeforeAll
    static void start() throws Exception {
        Pki pki = new Pki(dir);
        server = new EchoServer(pki.mtlsServer(ServerIdentity.GOOD));
        channel = GrpcChannels.forTarget(server.target()).tls(pki.clientWithCertificate()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(WAIT, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void unaryCallsBlockingAndAsync() throws Exception {
        assertThat(GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "hi")).isEqualTo("echo:hi");
        assertThat(GrpcCalls.unaryAsync(channel, Echo.UNARY, CallOptions.DEFAULT, "there").get(WAIT, TimeUnit.SECONDS))
                .isEqualTo("echo:there");
    }

    @Test
    void serverStreamingDeliversNoMoreThanRequested() throws Exception {
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(3);

        GrpcCalls.serverStreaming(channel, Echo.COUNT, CallOptions.DEFAULT, "50").subscribe(subscriber);

        assertThat(subscriber.done.get(WAIT, TimeUnit.SECONDS))
                .containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(Integer::toString).toList());
        // The server wrote through StreamObserverSubscriber: it never asked for more than one ahead.
        assertThat(server.lastCount.get().maxOutstanding.get()).isEqualTo(1);
    }

    @Test
    void clientStreamingSendsEveryRequestWithBackPressure() throws Exception {
        List<String> parts = IntStream.range(0, 200).mapToObj(i -> "p" + i).toList();
        ListPublisher<String> requests = new ListPublisher<>(parts);

        String joined = GrpcCalls.clientStreaming(channel, Echo.JOIN, CallOptions.DEFAULT, requests)
                .get(WAIT, TimeUnit.SECONDS);

        assertThat(joined).isEqualTo(String.join(",", parts));
        assertThat(requests.maxOutstanding.get()).isEqualTo(1);
    }

    @Test
    void bidiStreamingEchoesEachRequest() throws Exception {
        List<String> said = IntStream.range(0, 40).mapToObj(i -> "m" + i).toList();
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(4);

        GrpcCalls.bidiStreaming(channel, Echo.CHAT, CallOptions.DEFAULT, new ListPublisher<>(said)).subscribe(subscriber);

        assertThat(subscriber.done.get(WAIT, TimeUnit.SECONDS)).containsExactlyElementsOf(
                said.stream().map(s -> "re:" + s).toList());
    }

    @Test
    void aPassedDeadlineIsDeadlineExceeded() {
        CallOptions shortDeadline = CallOptions.DEFAULT.withDeadlineAfter(300, TimeUnit.MILLISECONDS);

        assertThatThrownBy(() -> GrpcCalls.unary(channel, Echo.UNARY, shortDeadline, "hang"))
                .isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
    }

    @Test
    void aDeadlineAfterStartCountsFromTheSubscriptionOfAPublisher() throws Exception {
        CallOptions options = GrpcCalls.deadlineAfterStart(CallOptions.DEFAULT, Duration.ofMillis(500));
        java.util.concurrent.Flow.Publisher<String> later = GrpcCalls.serverStreaming(channel, Echo.COUNT, options, "3");
        Thread.sleep(1000); // past the deadline, had it counted from the method call

        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(3);
        later.subscribe(subscriber);

        assertThat(subscriber.done.get(WAIT, TimeUnit.SECONDS)).containsExactly("0", "1", "2");
    }

    @Test
    void aDeadlineAfterStartEndsTheCall() {
        CallOptions options = GrpcCalls.deadlineAfterStart(CallOptions.DEFAULT, Duration.ofMillis(300));

        assertThatThrownBy(() -> GrpcCalls.unaryAsync(channel, Echo.UNARY, options, "hang:after-start")
                .get(WAIT, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
        // An earlier deadline the options already have still holds.
        CallOptions earlier = GrpcCalls.deadlineAfterStart(
                CallOptions.DEFAULT.withDeadlineAfter(300, TimeUnit.MILLISECONDS), Duration.ofDays(1));
        assertThatThrownBy(() -> GrpcCalls.unary(channel, Echo.UNARY, earlier, "hang:after-start-earlier"))
                .isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
    }

    @Test
    void theChannelsDefaultDeadlineAppliesToUnaryCalls() throws Exception {
        Pki pki = new Pki(dir.resolve("default-deadline"));
        try (EchoServer own = new EchoServer(pki.mtlsServer(ServerIdentity.GOOD))) {
            ManagedChannel withDeadline = GrpcChannels.forTarget(own.target()).tls(pki.clientWithCertificate())
                    .defaultDeadline(Duration.ofMillis(300)).build();
            try {
                assertThatThrownBy(() -> GrpcCalls.unary(withDeadline, Echo.UNARY, CallOptions.DEFAULT, "hang"))
                        .isInstanceOfSatisfying(GrpcStatusException.class,
                                e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
            } finally {
                withDeadline.shutdownNow().awaitTermination(WAIT, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void cancellingTheFutureCancelsTheCallOnTheServer() throws Exception {
        CompletableFuture<String> pending =
                GrpcCalls.unaryAsync(channel, Echo.UNARY, CallOptions.DEFAULT, "hang:cancel-future");
        // Cancel once the server has the call, so that there is a server side to reach.
        assertThat(server.hang("hang:cancel-future")[0].await(WAIT, TimeUnit.SECONDS)).isTrue();

        pending.cancel(true);

        assertThat(server.hang("hang:cancel-future")[1].await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(pending).isCancelled();
    }

    @Test
    void cancellingTheSubscriptionStopsTheServerStream() throws Exception {
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(2, 5);

        GrpcCalls.serverStreaming(channel, Echo.COUNT, CallOptions.DEFAULT, "1000000").subscribe(subscriber);

        assertThat(subscriber.done.get(WAIT, TimeUnit.SECONDS)).containsExactly("0", "1", "2", "3", "4");
        assertThat(server.lastCount.get().cancelled.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(server.lastCount.get().emitted.get()).isLessThan(1_000_000);
    }

    @Test
    void anErrorStatusComesWithItsTrailers() {
        assertThatThrownBy(() -> GrpcCalls.unary(channel, Echo.UNARY, CallOptions.DEFAULT, "fail:shelf 7"))
                .isInstanceOfSatisfying(GrpcStatusException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(e.status().getDescription()).isEqualTo("no such thing");
                    assertThat(e.trailers().get(EchoServer.DETAIL)).isEqualTo("shelf 7");
                    assertThat(e).hasMessage("gRPC call failed: NOT_FOUND: no such thing");
                });
    }

    @Test
    void anAsyncErrorStatusCompletesTheFutureWithTheSameException() {
        CompletableFuture<String> failed = GrpcCalls.unaryAsync(channel, Echo.UNARY, CallOptions.DEFAULT, "fail:x");

        assertThatThrownBy(() -> failed.get(WAIT, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.trailers().get(EchoServer.DETAIL)).isEqualTo("x"));
    }

    @Test
    void aStreamErrorReachesTheSubscriberAsAStatusException() {
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(1);

        GrpcCalls.serverStreaming(channel, Echo.COUNT, CallOptions.DEFAULT, "not a number").subscribe(subscriber);

        assertThatThrownBy(() -> subscriber.done.join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.UNKNOWN));
    }

    /** What a generated client's own exception looks like. */
    static final class ShopException extends GrpcStatusException {
        private static final long serialVersionUID = 1L;

        ShopException(Status status, io.grpc.Metadata trailers) {
            super(status, trailers);
        }
    }

    @Test
    void theOptionsExceptionFactoryMakesEveryKindOfFailure() {
        CallOptions options = GrpcCalls.throwing(CallOptions.DEFAULT, ShopException::new);

        assertThatThrownBy(() -> GrpcCalls.unary(channel, Echo.UNARY, options, "fail:blocking"))
                .isInstanceOfSatisfying(ShopException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(e.trailers().get(EchoServer.DETAIL)).isEqualTo("blocking");
                });
        assertThatThrownBy(() -> GrpcCalls.unaryAsync(channel, Echo.UNARY, options, "fail:async").get(WAIT, TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(ShopException.class,
                        e -> assertThat(e.trailers().get(EchoServer.DETAIL)).isEqualTo("async"));
        assertThatThrownBy(() -> {
            try (var responses = GrpcBlockingCalls.serverStreaming(channel, Echo.COUNT, options, "not a number")) {
                responses.forEach(response -> { });
            }
        }).isInstanceOfSatisfying(ShopException.class, e -> assertThat(e.code()).isEqualTo(Status.Code.UNKNOWN));
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(1);
        GrpcCalls.serverStreaming(channel, Echo.COUNT, options, "not a number").subscribe(subscriber);
        assertThatThrownBy(() -> subscriber.done.get(WAIT, TimeUnit.SECONDS)).cause().isInstanceOf(ShopException.class);
    }

    @Test
    void convertingTwiceKeepsTheServicesException() {
        ShopException first = new ShopException(Status.NOT_FOUND, null);

        assertThat(GrpcStatusException.from(first, GrpcStatusException::new)).isSameAs(first);
        assertThat(GrpcStatusException.from(new GrpcStatusException(Status.ABORTED, null), ShopException::new))
                .isInstanceOf(ShopException.class).extracting(GrpcStatusException::code).isEqualTo(Status.Code.ABORTED);
    }
}
