package io.github.contractgen.runtime.grpc;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The responses of a server-streaming or bidi call as a {@link Flow.Publisher}: the call starts when the
 * (single) subscriber subscribes, and each {@code request(n)} asks gRPC for {@code n} more messages, so
 * the server is held back by flow control while the subscriber is slow. Cancelling the subscription
 * cancels the call; a failed call ends with a {@link GrpcStatusException}.
 */
final class ResponsePublisher<Q, R> implements Flow.Publisher<R> {

    /** Starts the call with the given response observer; runs once, on the subscribing thread. */
    private final Consumer<ClientResponseObserver<Q, R>> start;
    /** Called before the call starts with its request side (the bidi adapter sets up its writer there). */
    private final Consumer<ClientCallStreamObserver<Q>> beforeStart;
    /** Called after the call started (the bidi adapter subscribes its writer there). */
    private final Runnable afterStart;
    /** Makes the exception a failed call ends with. */
    private final GrpcStatusException.Factory exceptions;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    ResponsePublisher(Consumer<ClientResponseObserver<Q, R>> start, Consumer<ClientCallStreamObserver<Q>> beforeStart,
            Runnable afterStart, GrpcStatusException.Factory exceptions) {
        this.start = start;
        this.beforeStart = beforeStart;
        this.afterStart = afterStart;
        this.exceptions = exceptions;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super R> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("a gRPC response stream can be subscribed to once only"));
            return;
        }
        Bridge bridge = new Bridge(subscriber);
        subscriber.onSubscribe(bridge);
        if (bridge.start()) {
            afterStart.run();
            bridge.flushDemand();
        }
    }

    /** Subscription to the subscriber, response observer to gRPC. */
    private final class Bridge implements Flow.Subscription, ClientResponseObserver<Q, R> {
        private final Flow.Subscriber<? super R> subscriber;
        private ClientCallStreamObserver<Q> call;
        private long pendingDemand;
        private boolean started;
        private boolean cancelled;

        Bridge(Flow.Subscriber<? super R> subscriber) {
            this.subscriber = subscriber;
        }

        /** Starts the call unless the subscriber cancelled in onSubscribe; whether it started. */
        boolean start() {
            synchronized (this) {
                if (cancelled) {
                    return false;
                }
            }
            ResponsePublisher.this.start.accept(this);
            synchronized (this) {
                started = true;
            }
            return true;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<Q> requestStream) {
            requestStream.disableAutoRequestWithInitial(0);
            synchronized (this) {
                call = requestStream;
            }
            beforeStart.accept(requestStream);
        }

        void flushDemand() {
            long demand;
            synchronized (this) {
                demand = pendingDemand;
                pendingDemand = 0;
            }
            forward(demand);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive"
                        + " (Reactive Streams rule 3.9)"));
                return;
            }
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                if (!started) {
                    pendingDemand = saturatedAdd(pendingDemand, n);
                    return;
                }
            }
            forward(n);
        }

        private void forward(long demand) {
            ClientCallStreamObserver<Q> current;
            synchronized (this) {
                current = cancelled ? null : call;
            }
            // gRPC counts demand in ints: ask in slices, which also covers "unbounded" (Long.MAX_VALUE).
            for (long left = demand; current != null && left > 0; left -= Integer.MAX_VALUE) {
                current.request((int) Math.min(left, Integer.MAX_VALUE));
                if (demand == Long.MAX_VALUE) {
                    break;
                }
            }
        }

        @Override
        public void cancel() {
            ClientCallStreamObserver<Q> current;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                current = call;
            }
            if (current != null) {
                current.cancel("cancelled by the subscriber", null);
            }
        }

        @Override
        public void onNext(R value) {
            if (!isCancelled()) {
                subscriber.onNext(value);
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (!isCancelled()) {
                subscriber.onError(GrpcStatusException.from(failure, exceptions));
            }
        }

        @Override
        public void onCompleted() {
            if (!isCancelled()) {
                subscriber.onComplete();
            }
        }

        private synchronized boolean isCancelled() {
            return cancelled;
        }

        private long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
