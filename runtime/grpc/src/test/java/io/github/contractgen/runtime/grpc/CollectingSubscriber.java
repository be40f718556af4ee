package io.github.contractgen.runtime.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Collects a stream, asking for {@code batch} items at a time only after the previous batch arrived,
 * and fails the stream if more arrive than it asked for.
 */
final class CollectingSubscriber<T> implements Flow.Subscriber<T> {

    private final int batch;
    private final int cancelAfter;
    private final List<T> items = new ArrayList<>();
    final CompletableFuture<List<T>> done = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long requested;

    CollectingSubscriber(int batch) {
        this(batch, Integer.MAX_VALUE);
    }

    /** Cancels the subscription once {@code cancelAfter} items arrived, and then completes {@link #done}. */
    CollectingSubscriber(int batch, int cancelAfter) {
        this.batch = batch;
        this.cancelAfter = cancelAfter;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        requested = batch;
        subscription.request(batch);
    }

    @Override
    public synchronized void onNext(T item) {
        items.add(item);
        if (items.size() > requested) {
            done.completeExceptionally(new AssertionError("received " + items.size() + " but requested " + requested));
            subscription.cancel();
            return;
        }
        if (items.size() == cancelAfter) {
            subscription.cancel();
            done.complete(List.copyOf(items));
            return;
        }
        if (items.size() == requested) {
            requested += batch;
            subscription.request(batch);
        }
    }

    @Override
    public synchronized void onError(Throwable failure) {
        done.completeExceptionally(failure);
    }

    @Override
    public synchronized void onComplete() {
        done.complete(List.copyOf(items));
    }
}
