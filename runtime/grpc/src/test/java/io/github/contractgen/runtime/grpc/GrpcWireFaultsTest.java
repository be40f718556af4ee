package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.testsupport.faults.FaultProxy;
import io.grpc.CallOptions;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;

/**
 * A hostile network and a server that keeps failing, over Netty on 127.0.0.1: every call ends, with the
 * service's exception, and a deadline bounds the whole call, retries and their backoff included.
 */
@Timeout(120) // seconds: a call left hanging fails its test instead of the build's time limit
class GrpcWireFaultsTest {

    private static final long WAIT = CallShape.WAIT;
    private static final CallOptions OPTIONS =
            GrpcCalls.throwing(CallOptions.DEFAULT, GrpcCallsTest.ShopException::new);

    static EchoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new EchoServer(InsecureServerCredentials.create());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aDeadlineBoundsTheCallAcrossItsRetries() throws Exception {
        // Five attempts of at least 500 ms each would take 2.5 s; the deadline ends the call at 1.5 s.
        withChannel(channelTo(server.target()).retryPolicy(patientRetries()), channel -> {
            int before = server.slowCalls.get();
            CallOptions deadline = OPTIONS.withDeadlineAfter(1500, TimeUnit.MILLISECONDS);

            assertFailsWith(Status.Code.DEADLINE_EXCEEDED,
                    () -> GrpcCalls.unaryAsync(channel, Echo.SLOW_UNAVAILABLE, deadline, "500").get(WAIT, TimeUnit.SECONDS));
            // The fourth attempt could not start before 1.5 s.
            assertThat(server.slowCalls.get() - before).isBetween(1, 3);
        });
    }

    @Test
    void theChannelsDefaultDeadlineBoundsABlockingCallAcrossItsRetries() throws Exception {
        withChannel(channelTo(server.target()).retryPolicy(patientRetries()).defaultDeadline(Duration.ofMillis(1500)),
                channel -> assertFailsWith(Status.Code.DEADLINE_EXCEEDED,
                        () -> GrpcCalls.unary(channel, Echo.SLOW_UNAVAILABLE, OPTIONS, "500")));
    }

    @Test
    void withoutADeadlineTheSameCallIsTriedEveryAttemptThenFails() throws Exception {
        withChannel(channelTo(server.target()).retryPolicy(patientRetries()), channel -> {
            int before = server.slowCalls.get();

            assertFailsWith(Status.Code.UNAVAILABLE, () -> GrpcCalls.unary(channel, Echo.SLOW_UNAVAILABLE, OPTIONS, "10"));
            assertThat(server.slowCalls.get() - before).isEqualTo(5);
        });
    }

    @Test
    void aConnectionCutMidStreamEndsTheStreamWithTheServicesException() throws Exception {
        try (FaultProxy proxy = FaultProxy.to("127.0.0.1", server.port())) {
            proxy.cutAfter(20_000);
            withChannel(channelTo(proxy.address()), channel -> {
                Iterator<String> responses = GrpcBlockingCalls.serverStreaming(channel, Echo.COUNT, OPTIONS, "1000000")
                        .iterator();
                int[] received = {0};

                assertThatThrownBy(() -> responses.forEachRemaining(response -> received[0]++))
                        .isInstanceOfSatisfying(GrpcCallsTest.ShopException.class,
                                e -> assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE));
                assertThat(received[0]).isPositive();
            });
        }
    }

    @Test
    void aConnectionCutMidResponseFailsTheFuture() throws Exception {
        String large = "x".repeat(200_000);
        try (FaultProxy proxy = FaultProxy.to("127.0.0.1", server.port())) {
            proxy.cutAfter(20_000);
            withChannel(channelTo(proxy.address()), channel -> assertFailsWith(Status.Code.UNAVAILABLE,
                    () -> GrpcCalls.unaryAsync(channel, Echo.UNARY, OPTIONS, large).get(WAIT, TimeUnit.SECONDS)));
            proxy.passThrough();
            withChannel(channelTo(proxy.address()), channel -> assertThat(
                    GrpcCalls.unaryAsync(channel, Echo.UNARY, OPTIONS, large).get(WAIT, TimeUnit.SECONDS))
                    .hasSize(large.length() + "echo:".length()));
        }
    }

    @Test
    void aBlackholedConnectionEndsEachCallAtItsDeadline() throws Exception {
        try (FaultProxy proxy = FaultProxy.to("127.0.0.1", server.port())) {
            proxy.mode(FaultProxy.Mode.BLACKHOLE);
            withChannel(channelTo(proxy.address()), channel -> {
                CallOptions deadline = OPTIONS.withDeadlineAfter(500, TimeUnit.MILLISECONDS);
                for (CallShape shape : CallShape.values()) {
                    Throwable failure = shape.failure(channel, deadline, method -> method);
                    assertThat(failure).as(shape.name()).isInstanceOfSatisfying(GrpcCallsTest.ShopException.class,
                            e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
                }
            });
            assertThat(proxy.connections()).isPositive();
        }
    }

    @Test
    void aRefusedConnectionFailsTheFutureAsUnavailable() throws Exception {
        try (FaultProxy proxy = FaultProxy.to("127.0.0.1", server.port())) {
            proxy.mode(FaultProxy.Mode.REFUSE);
            withChannel(channelTo(proxy.address()), channel -> {
                CompletableFuture<String> answer = GrpcCalls.unaryAsync(channel, Echo.UNARY, OPTIONS, "a");
                assertFailsWith(Status.Code.UNAVAILABLE, () -> answer.get(WAIT, TimeUnit.SECONDS));
            });
            assertThat(proxy.connections()).isPositive();
        }
    }

    /** Five attempts with short backoff, for the idempotent SlowUnavailable method. */
    private static GrpcRetryPolicy patientRetries() {
        return GrpcRetryPolicy.builder().maxAttempts(5).backoff(Duration.ofMillis(10), Duration.ofMillis(20), 2)
                .methods(List.of(Echo.SLOW_UNAVAILABLE)).build();
    }

    private static GrpcChannels.Builder channelTo(String target) {
        return GrpcChannels.forTarget(target).plaintext();
    }

    private static void withChannel(GrpcChannels.Builder builder, ChannelBody body) throws Exception {
        ManagedChannel channel = builder.build();
        try {
            body.accept(channel);
        } finally {
            channel.shutdownNow().awaitTermination(WAIT, TimeUnit.SECONDS);
        }
    }

    /** The call fails, directly or through a future, with the service's exception and {@code code}. */
    private static void assertFailsWith(Status.Code code, ThrowingCall call) {
        Throwable failure;
        try {
            Object result = call.run();
            throw new AssertionError("expected a failure with " + code + ", got " + result);
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (Exception e) {
            failure = e;
        }
        assertThat(failure).isInstanceOfSatisfying(GrpcCallsTest.ShopException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object run() throws Exception;
    }

    @FunctionalInterface
    private interface ChannelBody {
        void accept(ManagedChannel channel) throws Exception;
    }
}
