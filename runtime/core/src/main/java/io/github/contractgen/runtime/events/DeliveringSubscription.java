package io.github.contractgen.runtime.events;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The closing rules every transport's subscription shares, so that they close alike: {@link #close}
 * stops the {@link Delivery} (ending backoff waits at once), waits for the handler call under way
 * ({@link #drain}), then lets go of connections ({@link #release}); once, whoever calls it.
 *
 * <p>For transport implementations; generated code only sees {@link Subscription}.
 *
 * @since 0.1.0
 */
public abstract class DeliveringSubscription implements Subscription {

    private final Delivery delivery;
    private final AtomicBoolean closing = new AtomicBoolean();

    protected DeliveringSubscription(Delivery delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** What runs each received message through the handler, retries and dead letters. */
    protected final Delivery delivery() {
        return delivery;
    }

    /** Whether {@link #close} has begun: delivery loops stop taking messages. */
    public final boolean isClosed() {
        return closing.get();
    }

    @Override
    public final void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        delivery.stop();
        drain();
        release();
    }

    /**
     * Waits until the handler call under way, if any, has returned (its message is then acknowledged);
     * a message waiting for its next attempt is not (it stays unacknowledged). Must not wait when called
     * from the delivering thread itself, i.e. when a handler closes its own subscription.
     */
    protected abstract void drain();

    /** Lets go of what the subscription holds (connection, queue) once drained; nothing by default. */
    protected void release() {}

    /** {@link #drain} for a subscription delivering on a thread of its own: joins it, unless it is the caller. */
    protected static void join(Thread thread) {
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
