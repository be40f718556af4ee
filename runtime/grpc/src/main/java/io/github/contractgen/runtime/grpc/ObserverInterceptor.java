package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.runtime.observe.Observers;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientStreamTracer;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports every call on a channel to an {@link Observer}: the same hooks REST clients call, so one
 * observer watches both.
 *
 * <p>The call is described by the gRPC names only ({@code helloworld.Greeter/SayHello}), never by
 * metadata values or messages, so no secret reaches an observer. The observation may add metadata to
 * the call before it starts ({@link Observation#inject}, e.g. W3C {@code traceparent}); retried attempts
 * send the same metadata. Attempts and message sizes come from a stream tracer, so an observer sees each
 * attempt that gRPC retries on its own, and {@link CallResult} carries the uncompressed bytes sent and
 * received in the last attempt. Observer failures never fail a call. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ObserverInterceptor implements ClientInterceptor {

    private final Observer observer;

    public ObserverInterceptor(Observer observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions callOptions, Channel next) {
        if (observer == Observer.NOOP) {
            return next.newCall(method, callOptions);
        }
        ObservedCall observed = new ObservedCall();
        ClientCall<Q, R> call = next.newCall(method, callOptions.withStreamTracerFactory(observed.tracers()));
        return new SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<R> responseListener, Metadata headers) {
                Observation observation = Observers.safeStart(observer, callInfo(method, next.authority()));
                observed.started(observation);
                Observers.safely(() -> observation.inject((name, value) -> put(headers, name, value)));
                super.start(new SimpleForwardingClientCallListener<>(responseListener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        observed.ended(status, trailers);
                        super.onClose(status, trailers);
                    }
                }, headers);
            }
        };
    }

    private static CallInfo callInfo(MethodDescriptor<?, ?> method, String authority) {
        String service = method.getServiceName() == null ? "" : method.getServiceName();
        String host = null;
        int port = -1;
        try {
            // The channel's authority is host[:port]; parsed as a URI so that IPv6 brackets are handled.
            URI server = authority == null ? null : new URI(null, authority, null, null, null);
            if (server != null && server.getHost() != null) {
                host = server.getHost();
                port = server.getPort();
            }
        } catch (URISyntaxException e) {
            // Not host:port (an in-process or custom name resolver): the server stays unknown.
        }
        return new CallInfo(service, method.getFullMethodName(), CallKind.GRPC, method.getType().name(),
                method.getFullMethodName(), host, port);
    }

    /** Text metadata only: a binary ({@code -bin}) or malformed name from an observer is dropped. */
    private static void put(Metadata headers, String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
            return;
        }
        headers.put(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER), value);
    }

    /** One call's observation, its attempts (one tracer each) and its end, exactly once. */
    private static final class ObservedCall {
        private final long startNanos = System.nanoTime();
        private Observation observation = Observation.NOOP;
        private int attempts;
        private long lastSent = -1;
        private long lastReceived = -1;
        private boolean ended;

        synchronized void started(Observation observation) {
            this.observation = observation;
        }

        ClientStreamTracer.Factory tracers() {
            return new ClientStreamTracer.Factory() {
                @Override
                public ClientStreamTracer newClientStreamTracer(ClientStreamTracer.StreamInfo info, Metadata headers) {
                    return new AttemptTracer(ObservedCall.this, nextAttempt());
                }
            };
        }

        private synchronized int nextAttempt() {
            return ++attempts;
        }

        void attemptEnded(int attempt, Status status, long nanos, long sent, long received) {
            Observation current;
            synchronized (this) {
                current = observation;
                if (attempt == attempts) {
                    lastSent = sent;
                    lastReceived = received;
                }
            }
            Throwable error = status.isOk() ? null : status.asRuntimeException();
            Observers.safely(() -> current.onAttempt(
                    new AttemptInfo(attempt, status.getCode().value(), Duration.ofNanos(nanos), error)));
        }

        void ended(Status status, Metadata trailers) {
            Observation current;
            int attemptCount;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                current = observation;
                attemptCount = attempts;
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
            Throwable error = status.isOk() ? null : new GrpcStatusException(status, trailers);
            if (attemptCount == 0) {
                // Failed before any stream was made (no connection, deadline already past): one attempt.
                attemptCount = 1;
                Observers.safely(() -> current.onAttempt(new AttemptInfo(1, status.getCode().value(), duration, error)));
            }
            CallResult result;
            synchronized (this) {
                result = new CallResult(status.getCode().value(), duration, attemptCount, lastSent, lastReceived, error);
            }
            Observers.safely(() -> current.onEnd(result));
        }
    }

    /** Counts one attempt's uncompressed bytes and reports the attempt when its stream closes. */
    private static final class AttemptTracer extends ClientStreamTracer {
        private final ObservedCall call;
        private final int attempt;
        private final long startNanos = System.nanoTime();
        private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();

        AttemptTracer(ObservedCall call, int attempt) {
            this.call = call;
            this.attempt = attempt;
        }

        @Override
        public void outboundUncompressedSize(long bytes) {
            sent.addAndGet(bytes);
        }

        @Override
        public void inboundUncompressedSize(long bytes) {
            received.addAndGet(bytes);
        }

        @Override
        public void streamClosed(Status status) {
            call.attemptEnded(attempt, status, System.nanoTime() - startNanos, sent.get(), received.get());
        }
    }
}
