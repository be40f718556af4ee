package io.github.contractgen.runtime.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A transport's open subscriptions and whether it is closed, so that every transport refuses to
 * subscribe once closed, and closes its subscriptions on close, in the same way. Thread-safe.
 *
 * <p>For transport implementations.
 *
 * @param <S> the transport's subscription type
 * @since 0.1.0
 */
public final class SubscriptionRegistry<S extends DeliveringSubscription> {

    private final String transport;
    private final List<S> open = new ArrayList<>();
    private boolean closed;

    /** A registry for the transport called {@code transport} in messages, e.g. {@code "Kafka transport"}. */
    public SubscriptionRegistry(String transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Keeps the subscription {@code make} returns; {@code make} runs under the registry's lock and is
     * given the subscriptions still open, so that it can refuse a clash with one of them.
     *
     * @throws IllegalStateException when the transport is closed
     */
    public synchronized S add(String addressPattern, Function<List<S>, S> make) {
        if (closed) {
            throw new IllegalStateException(transport + " is closed; cannot subscribe to '" + addressPattern + "'");
        }
        open.removeIf(DeliveringSubscription::isClosed);
        S subscription = Objects.requireNonNull(make.apply(List.copyOf(open)), "subscription");
        open.add(subscription);
        return subscription;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Marks the transport closed and closes (drains) every open subscription, outside the lock; false
     * when it was closed already, so that the caller closes its connections once.
     */
    public boolean closeAll() {
        List<S> closing;
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            closing = new ArrayList<>(open);
            open.clear();
        }
        closing.forEach(DeliveringSubscription::stopDelivery); // their close graces run together
        closing.forEach(Subscription::close);
        return true;
    }
}
