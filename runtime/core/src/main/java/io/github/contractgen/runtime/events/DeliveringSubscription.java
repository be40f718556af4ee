package io.github.contractgen.runtime.events;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The closing rules every transport's subscription shares, so that they close alike: {@link #close}
 * stops the {@link Delivery} (ending backoff waits at once), waits for the handler call under way up to
 * the policy's {@linkplain DeliveryPolicy#closeGrace() close grace} ({@link Delivery#awaitOrAbandon},
 * which interrupts and gives up on a handler still running then), lets the transport finish the message
 * in hand ({@link #drain}, skipped when a handler was given up on), then lets go of connections
 * ({@link #release}); once, whoever calls it.
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

    /**
     * The first step of {@link #close}, without waiting: stops taking messages and ends backoff waits.
     * A transport closing many subscriptions takes it for all of them first, so that their close graces
     * run together rather than one after another.
     */
    final void stopDelivery() {
        delivery.stop();
    }

    @Override
    public final void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        delivery.stop();
        if (delivery.awaitOrAbandon()) {
            drain();
        }
        release();
    }

    /**
     * Called once no handler runs any more: waits until the transport has finished the message in hand
     * (acknowledged it when its delivery was done), which takes no user code. Must not wait when called
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
