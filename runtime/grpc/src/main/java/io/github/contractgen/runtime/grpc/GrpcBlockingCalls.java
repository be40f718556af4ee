package io.github.contractgen.runtime.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * The streaming gRPC calls in the shapes a blocking generated client offers: requests from an
 * {@link Iterable}, responses as a {@link Stream} that must be closed, every failure a
 * {@link GrpcStatusException}. Blocking unary calls are {@link GrpcCalls#unary}.
 *
 * <p>Built on {@link GrpcCalls}, so back pressure holds both ways: the iterable is read only as fast as
 * gRPC can send, and at most a few responses wait for the reader. Close a response stream (use
 * try-with-resources) to cancel a call whose responses are no longer wanted; a stream read to its end
 * needs no closing, but closing it does no harm.
 *
 * <pre>{@code
 * try (Stream<Feature> features = client.listFeatures(rectangle)) {
 *     features.forEach(this::show);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrpcBlockingCalls {

    private GrpcBlockingCalls() {}

    /** The responses of a server-streaming call; the call starts now. */
    public static <Q, R> Stream<R> serverStreaming(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Q request) {
        return BlockingResponses.stream(GrpcCalls.serverStreaming(channel, method, options, request),
                GrpcCalls.exceptions(options));
    }

    /** Sends every item of {@code requests} and waits for the one response. */
    public static <Q, R> R clientStreaming(Channel channel, MethodDescriptor<Q, R> method, CallOptions options,
            Iterable<? extends Q> requests) {
        CompletableFuture<R> result = GrpcCalls.clientStreaming(channel, method, options, fromIterable(requests));
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw GrpcStatusException.from(e.getCause(), GrpcCalls.exceptions(options));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw GrpcCalls.exceptions(options).create(Status.CANCELLED
                    .withDescription("interrupted while waiting for the response").withCause(e), null);
        }
    }

    /**
     * A bidirectional call that sends every item of {@code requests} while the responses are read; the
     * call starts now. The requests are read on gRPC's threads, so the iterable must not wait for a
     * response of the same call.
     */
    public static <Q, R> Stream<R> bidiStreaming(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Iterable<? extends Q> requests) {
        return BlockingResponses.stream(GrpcCalls.bidiStreaming(channel, method, options, fromIterable(requests)),
                GrpcCalls.exceptions(options));
    }

    /**
     * A publisher of the items of {@code items}, read one at a time as the subscriber asks: the way to
     * hand a list or a lazy iterable to an asynchronous streaming call.
     */
    public static <T> java.util.concurrent.Flow.Publisher<T> fromIterable(Iterable<? extends T> items) {
        return new IterablePublisher<>(Objects.requireNonNull(items, "items"));
    }
}
