package io.github.contractgen.runtime.grpc;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Flow.Publisher} of the items of an {@link Iterable}, each taken from the iterator only when
 * the subscriber has asked for it, so a lazy iterable is read no faster than the stream can send.
 *
 * <p>Every subscriber gets a fresh iterator. A null item or anything the iterable throws (an
 * {@code Error} included) ends the stream with {@code onError}. A subscriber whose {@code onNext} throws
 * is treated as cancelled (Reactive Streams rule 2.13), and what it threw goes back to its caller.
 * Signals are never concurrent: a request made from within {@code onNext} is served by the loop already
 * running (Reactive Streams rule 3.3, no unbounded recursion).
 */
final class IterablePublisher<T> implements Flow.Publisher<T> {

    private final Iterable<? extends T> items;

    IterablePublisher(Iterable<? extends T> items) {
        this.items = Objects.requireNonNull(items, "items");
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Iterator<? extends T> iterator;
        try {
            iterator = items.iterator();
        } catch (Throwable e) {
            subscriber.onSubscribe(new Emission<T>(subscriber, null));
            subscriber.onError(e);
            return;
        }
        subscriber.onSubscribe(new Emission<>(subscriber, iterator));
    }

    /** One subscription: demand, and a drain loop that only one thread runs at a time. */
    private static final class Emission<T> implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final Iterator<? extends T> iterator;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private volatile boolean stopped;

        Emission(Flow.Subscriber<? super T> subscriber, Iterator<? extends T> iterator) {
            this.subscriber = subscriber;
            this.iterator = iterator;
            this.stopped = iterator == null;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                stopped = true;
                subscriber.onError(new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)"));
                return;
            }
            demand.getAndAccumulate(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE : current + added);
            drain();
        }

        @Override
        public void cancel() {
            stopped = true;
        }

        private void drain() {
            if (work.getAndIncrement() != 0) {
                return; // the thread in the loop will see the new demand
            }
            do {
                while (!stopped && demand.get() > 0) {
                    emitOne();
                }
            } while (work.decrementAndGet() != 0);
        }

        private void emitOne() {
            T next;
            try {
                if (!iterator.hasNext()) {
                    stopped = true;
                    subscriber.onComplete();
                    return;
                }
                next = Objects.requireNonNull(iterator.next(), "the iterable returned a null item");
            } catch (Throwable e) {
                stopped = true;
                subscriber.onError(e);
                return;
            }
            demand.decrementAndGet();
            try {
                subscriber.onNext(next);
            } catch (Throwable e) {
                stopped = true;
                throw e;
            }
        }
    }
}
