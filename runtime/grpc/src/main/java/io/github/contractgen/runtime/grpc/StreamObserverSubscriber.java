package io.github.contractgen.runtime.grpc;

import io.grpc.stub.CallStreamObserver;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * A {@link Flow.Subscriber} that writes what it receives into a gRPC stream, asking its publisher for
 * the next item only when the stream can take it.
 *
 * <p>Back pressure comes from gRPC's flow control: an item is requested when
 * {@link CallStreamObserver#isReady()} holds, and again from the stream's on-ready handler after it
 * was full, so a fast publisher never fills memory while the network or the peer is slow. One item is
 * outstanding at a time. Use it for the requests of a client-streaming or bidi call and for the
 * responses of a server-side stream.
 *
 * <p>It sets the stream's on-ready handler, which gRPC accepts only before the call starts: create it in
 * {@code ClientResponseObserver.beforeStart} on the client, and in the service method before it returns
 * on the server (where it also sets the on-cancel handler, to cancel the publisher when the client goes
 * away). Subscribe it to the publisher once the call has started.
 *
 * <p>A publisher whose {@code request} throws (anything, an {@code Error} included) ends the stream as
 * its {@code onError} would, and is cancelled and asked for nothing more.
 *
 * @param <T> the message type
 * @since 0.1.0
 */
public final class StreamObserverSubscriber<T> implements Flow.Subscriber<T> {

    private final CallStreamObserver<T> target;
    private final Object lock = new Object();
    private Flow.Subscription subscription;
    private boolean requested;
    private boolean done;

    public StreamObserverSubscriber(CallStreamObserver<T> target) {
        this.target = Objects.requireNonNull(target, "target");
        target.setOnReadyHandler(this::requestIfReady);
        if (target instanceof ServerCallStreamObserver<T> server) {
            server.setOnCancelHandler(this::cancel);
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        synchronized (lock) {
            if (this.subscription != null || done) {
                subscription.cancel(); // one publisher per stream (Reactive Streams rule 2.5)
                return;
            }
            this.subscription = subscription;
        }
        requestIfReady();
    }

    @Override
    public void onNext(T item) {
        Objects.requireNonNull(item, "item");
        synchronized (lock) {
            if (done) {
                return;
            }
            requested = false;
        }
        target.onNext(item);
        requestIfReady();
    }

    /** Ends the stream with the publisher's failure: a client call is cancelled, a server call fails. */
    @Override
    public void onError(Throwable failure) {
        if (finish()) {
            target.onError(failure);
        }
    }

    @Override
    public void onComplete() {
        if (finish()) {
            target.onCompleted();
        }
    }

    /** Stops taking items and cancels the publisher, e.g. when the call failed or was cancelled. */
    public void cancel() {
        Flow.Subscription current;
        synchronized (lock) {
            done = true;
            current = subscription;
        }
        if (current != null) {
            current.cancel();
        }
    }

    /** Ends the stream with {@code failure} and cancels the publisher, which broke its contract. */
    private void fail(Throwable failure) {
        if (finish()) {
            target.onError(failure);
            cancel();
        }
    }

    private boolean finish() {
        synchronized (lock) {
            if (done) {
                return false;
            }
            done = true;
            return true;
        }
    }

    private void requestIfReady() {
        Flow.Subscription current;
        synchronized (lock) {
            if (done || requested || subscription == null || !target.isReady()) {
                return;
            }
            requested = true;
            current = subscription;
        }
        try {
            current.request(1);
        } catch (Throwable failure) {
            fail(failure);
        }
    }
}
