package io.github.contractgen.runtime.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Deadline;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The four kinds of gRPC call in the shapes generated clients offer: a plain result or a
 * {@link CompletableFuture} for unary calls, {@link Flow} publishers for streams, with back pressure in
 * both directions, and every failure as a {@link GrpcStatusException}.
 *
 * <p>Cancelling a returned future or a subscription cancels the call, and the server sees the
 * cancellation. Request publishers are subscribed to once the call has started, and asked for one
 * message at a time when gRPC's flow control can take it.
 *
 * <p>Every returned future completes and every response subscriber gets its terminal signal, whatever
 * the code around the call throws, an {@code Error} included: a response the parser cannot read, an
 * interceptor that throws as the call starts, or a request publisher that fails (by {@code onError} or
 * by throwing from {@code subscribe} or {@code request}), cancels the call, which fails with
 * {@code CANCELLED} and that failure as the cause. A response subscriber whose {@code onNext} throws
 * cancels the call and gets no further signal. An observer that throws changes nothing (see
 * {@link ObserverInterceptor}). A call's deadline bounds it whole, the retries of a
 * {@link GrpcRetryPolicy} and their backoff included: a call still retrying when it passes fails with
 * {@code DEADLINE_EXCEEDED}.
 *
 * @since 0.1.0
 */
public final class GrpcCalls {

    /** Why a call whose start threw (an interceptor, a marshaller, a request publisher) was cancelled. */
    static final String START_FAILED = "starting the call failed";

    /** Where {@link #throwing} keeps the exception factory; absent means plain {@link GrpcStatusException}s. */
    private static final CallOptions.Key<GrpcStatusException.Factory> EXCEPTIONS =
            CallOptions.Key.createWithDefault("contractgen-exceptions", GrpcStatusException::new);

    /** Where {@link #deadlineAfterStart} keeps the deadline until the call starts. */
    private static final CallOptions.Key<Duration> DEADLINE_AFTER_START =
            CallOptions.Key.create("contractgen-deadline-after-start");

    private GrpcCalls() {}

    /**
     * {@code options} that make every failure of a call through this class an exception of
     * {@code exceptions}' making: how a generated client throws its own {@code <Service>Exception}
     * from blocking calls, futures, streams and publishers alike. The option travels with the call
     * options because they reach every place a failure is made, without a parameter more on each call.
     */
    public static CallOptions throwing(CallOptions options, GrpcStatusException.Factory exceptions) {
        Objects.requireNonNull(options, "options");
        return options.withOption(EXCEPTIONS, Objects.requireNonNull(exceptions, "exceptions"));
    }

    /**
     * {@code options} with a deadline of {@code deadline} counted from the moment the call starts: for a
     * publisher, its subscription, however long after this the caller subscribes; for the other calls,
     * the method call. How a generated client's {@code withDeadline} reaches its calls. When
     * {@code options} already has a deadline, the earlier of the two holds.
     */
    public static CallOptions deadlineAfterStart(CallOptions options, Duration deadline) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        return options.withOption(DEADLINE_AFTER_START, deadline);
    }

    /** {@code options} as the call starting now gets them: with its deadline from start made absolute. */
    private static CallOptions starting(CallOptions options) {
        Duration afterStart = options.getOption(DEADLINE_AFTER_START);
        if (afterStart == null) {
            return options;
        }
        Deadline deadline = Deadline.after(afterStart.toNanos(), TimeUnit.NANOSECONDS);
        Deadline earlier = options.getDeadline() == null ? deadline : deadline.minimum(options.getDeadline());
        return options.withDeadline(earlier);
    }

    /** The exception factory {@code options} carry. */
    static GrpcStatusException.Factory exceptions(CallOptions options) {
        return options.getOption(EXCEPTIONS);
    }

    /** A blocking unary call. */
    public static <Q, R> R unary(Channel channel, MethodDescriptor<Q, R> method, CallOptions options, Q request) {
        check(channel, method, options);
        Objects.requireNonNull(request, "request");
        try {
            return ClientCalls.blockingUnaryCall(channel, method, starting(options), request);
        } catch (StatusRuntimeException e) {
            throw GrpcStatusException.from(e, exceptions(options));
        } catch (RuntimeException | Error e) {
            // An interceptor or the request's marshaller threw on this thread; gRPC has cancelled the call.
            throw GrpcStatusException.from(cancelled(START_FAILED, e), exceptions(options));
        }
    }

    /** An asynchronous unary call; cancelling the future cancels the call. */
    public static <Q, R> CompletableFuture<R> unaryAsync(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Q request) {
        check(channel, method, options);
        Objects.requireNonNull(request, "request");
        CompletableFuture<R> result = new CompletableFuture<>();
        GrpcStatusException.Factory exceptions = exceptions(options);
        ClientCall<Q, R> call = channel.newCall(method, starting(options));
        try {
            ClientCalls.asyncUnaryCall(call, request, new SingleResponse<>(result, null, exceptions));
        } catch (Throwable failure) {
            abort(call, result, failure, exceptions);
        }
        return result;
    }

    /** The responses of a server-streaming call; the call starts on subscription. */
    public static <Q, R> Flow.Publisher<R> serverStreaming(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Q request) {
        check(channel, method, options);
        Objects.requireNonNull(request, "request");
        return new ResponsePublisher<Q, R>(
                observer -> ClientCalls.asyncServerStreamingCall(channel.newCall(method, starting(options)), request, observer),
                requestStream -> {}, () -> {}, exceptions(options));
    }

    /** A client-streaming call that sends what {@code requests} publishes and completes with the answer. */
    public static <Q, R> CompletableFuture<R> clientStreaming(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Flow.Publisher<Q> requests) {
        check(channel, method, options);
        Objects.requireNonNull(requests, "requests");
        CompletableFuture<R> result = new CompletableFuture<>();
        GrpcStatusException.Factory exceptions = exceptions(options);
        AtomicReference<StreamObserverSubscriber<Q>> writer = new AtomicReference<>();
        ClientCall<Q, R> call = channel.newCall(method, starting(options));
        try {
            ClientCalls.asyncClientStreamingCall(call, new SingleResponse<>(result, writer, exceptions));
            requests.subscribe(writer.get());
        } catch (Throwable failure) {
            abort(call, result, failure, exceptions);
        }
        return result;
    }

    /**
     * A bidirectional call: on subscription to the result, the call starts and {@code requests} is
     * subscribed to; the responses follow the subscriber's demand.
     */
    public static <Q, R> Flow.Publisher<R> bidiStreaming(Channel channel, MethodDescriptor<Q, R> method,
            CallOptions options, Flow.Publisher<Q> requests) {
        check(channel, method, options);
        Objects.requireNonNull(requests, "requests");
        AtomicReference<StreamObserverSubscriber<Q>> writer = new AtomicReference<>();
        return new ResponsePublisher<Q, R>(
                observer -> ClientCalls.asyncBidiStreamingCall(channel.newCall(method, starting(options)),
                        new CancelWriterOnEnd<>(observer, writer)),
                requestStream -> writer.set(new StreamObserverSubscriber<>(requestStream)),
                () -> requests.subscribe(writer.get()), exceptions(options));
    }

    /**
     * Ends a call whose start threw (an interceptor, the request's marshaller, a request publisher's
     * {@code subscribe}): cancels it, and fails {@code result} unless gRPC's close already did.
     */
    private static <R> void abort(ClientCall<?, R> call, CompletableFuture<R> result, Throwable failure,
            GrpcStatusException.Factory exceptions) {
        call.cancel(START_FAILED, failure);
        result.completeExceptionally(GrpcStatusException.from(cancelled(START_FAILED, failure), exceptions));
    }

    /** How a call that code around it broke ends: {@code CANCELLED}, with what it threw as the cause. */
    static StatusRuntimeException cancelled(String reason, Throwable cause) {
        return Status.CANCELLED.withDescription(reason).withCause(cause).asRuntimeException();
    }

    private static void check(Channel channel, MethodDescriptor<?, ?> method, CallOptions options) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
    }

    /** Completes a future with the one response; sets up the request writer of a client stream. */
    private static final class SingleResponse<Q, R> implements ClientResponseObserver<Q, R> {
        private final CompletableFuture<R> result;
        private final AtomicReference<StreamObserverSubscriber<Q>> writer;
        private final GrpcStatusException.Factory exceptions;
        private R value;

        SingleResponse(CompletableFuture<R> result, AtomicReference<StreamObserverSubscriber<Q>> writer,
                GrpcStatusException.Factory exceptions) {
            this.result = result;
            this.writer = writer;
            this.exceptions = exceptions;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
            if (writer != null) {
                writer.set(new StreamObserverSubscriber<>(requestStream));
            }
            result.whenComplete((ignored, failure) -> {
                if (result.isCancelled()) {
                    requestStream.cancel("cancelled by the caller", null);
                }
            });
        }

        @Override
        public void onNext(R response) {
            value = response;
        }

        @Override
        public void onError(Throwable failure) {
            if (writer != null && writer.get() != null) {
                writer.get().cancel();
            }
            result.completeExceptionally(GrpcStatusException.from(failure, exceptions));
        }

        @Override
        public void onCompleted() {
            result.complete(value);
        }
    }

    /** Passes a bidi call's responses on, and stops its request publisher when the call ends. */
    private static final class CancelWriterOnEnd<Q, R> implements ClientResponseObserver<Q, R> {
        private final ClientResponseObserver<Q, R> delegate;
        private final AtomicReference<StreamObserverSubscriber<Q>> writer;

        CancelWriterOnEnd(ClientResponseObserver<Q, R> delegate, AtomicReference<StreamObserverSubscriber<Q>> writer) {
            this.delegate = delegate;
            this.writer = writer;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
            delegate.beforeStart(requestStream);
        }

        @Override
        public void onNext(R value) {
            delegate.onNext(value);
        }

        @Override
        public void onError(Throwable failure) {
            if (writer.get() != null) {
                writer.get().cancel();
            }
            delegate.onError(failure);
        }

        @Override
        public void onCompleted() {
            delegate.onCompleted();
        }
    }
}
