package io.github.contractgen.runtime.grpc;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes a list, item by item as demand arrives, and records how far ahead of delivery its
 * subscriber ever asked: the measure of back pressure.
 */
final class ListPublisher<T> implements Flow.Publisher<T> {

    private final List<T> items;
    final CountDownLatch cancelled = new CountDownLatch(1);
    final AtomicInteger emitted = new AtomicInteger();
    final AtomicLong maxOutstanding = new AtomicLong();

    ListPublisher(List<T> items) {
        this.items = List.copyOf(items);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        subscriber.onSubscribe(new Flow.Subscription() {
            private long demand;
            private boolean emitting;
            private boolean done;

            @Override
            public void request(long n) {
                synchronized (this) {
                    if (done) {
                        return;
                    }
                    demand += n;
                    maxOutstanding.accumulateAndGet(demand, Math::max);
                    if (emitting) {
                        return; // the loop below, further up the stack, picks the demand up
                    }
                    emitting = true;
                }
                drain(subscriber);
            }

            private void drain(Flow.Subscriber<? super T> subscriber) {
                while (true) {
                    T next;
                    synchronized (this) {
                        if (done || demand == 0) {
                            emitting = false;
                            return;
                        }
                        if (emitted.get() == items.size()) {
                            done = true;
                            emitting = false;
                            break;
                        }
                        demand--;
                        next = items.get(emitted.getAndIncrement());
                    }
                    subscriber.onNext(next);
                }
                subscriber.onComplete();
            }

            @Override
            public void cancel() {
                synchronized (this) {
                    done = true;
                }
                cancelled.countDown();
            }
        });
    }
}
