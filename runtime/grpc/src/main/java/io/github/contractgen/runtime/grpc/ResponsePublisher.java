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
 *
 * <p>Every subscription ends: with {@code onComplete}, with {@code onError}, or by the subscriber's own
 * doing. A subscriber whose {@code onNext} throws (anything, an {@code Error} included) has broken its
 * contract (Reactive Streams rule 2.13): the call is cancelled with what it threw as the cause and the
 * subscriber gets no further signal. When starting the call fails, or a bidi call's request publisher
 * throws on subscription, the call is cancelled and the subscriber gets {@code onError} with
 * {@code CANCELLED} and the failure as its cause.
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
        try {
            if (bridge.start()) {
                afterStart.run();
                bridge.flushDemand();
            }
        } catch (Throwable failure) {
            bridge.abort(failure);
        }
    }

    /** Subscription to the subscriber, response observer to gRPC. */
    private final class Bridge implements Flow.Subscription, ClientResponseObserver<Q, R> {
        private final Flow.Subscriber<? super R> subscriber;
        private ClientCallStreamObserver<Q> call;
        private long pendingDemand;
        private boolean started;
        /** The subscriber cancelled or threw: it gets no further signal. */
        private boolean cancelled;
        /** The subscriber got its terminal signal. */
        private boolean terminated;

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
            cancelCall("cancelled by the subscriber", null);
        }

        @Override
        public void onNext(R value) {
            if (!isOpen()) {
                return;
            }
            try {
                subscriber.onNext(value);
            } catch (Throwable failure) {
                cancelCall("the subscriber's onNext failed", failure);
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (terminate()) {
                subscriber.onError(GrpcStatusException.from(failure, exceptions));
            }
        }

        @Override
        public void onCompleted() {
            if (terminate()) {
                subscriber.onComplete();
            }
        }

        /**
         * Ends a call that could not be started, or whose request publisher failed on subscription: the
         * call is cancelled and the subscriber told, once, whether or not gRPC will close the call.
         */
        void abort(Throwable failure) {
            ClientCallStreamObserver<Q> current;
            synchronized (this) {
                current = call;
            }
            if (current != null) {
                current.cancel(GrpcCalls.START_FAILED, failure);
            }
            onError(GrpcCalls.cancelled(GrpcCalls.START_FAILED, failure));
        }

        /** Cancels the call for the subscriber, who gets no further signal. */
        private void cancelCall(String reason, Throwable cause) {
            ClientCallStreamObserver<Q> current;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                current = call;
            }
            if (current != null) {
                current.cancel(reason, cause);
            }
        }

        private synchronized boolean isOpen() {
            return !cancelled && !terminated;
        }

        /** Whether the terminal signal is still to be sent; it is sent once, and never after a cancel. */
        private synchronized boolean terminate() {
            if (cancelled || terminated) {
                return false;
            }
            terminated = true;
            return true;
        }

        private long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
