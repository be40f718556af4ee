package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport inside the JVM: the default of generated event clients, so that the demo and users' unit
 * tests need no broker.
 *
 * <p>It behaves like a broker with consumer groups: each (address pattern, group) pair has a queue;
 * subscriptions in the same group compete for its messages, every group gets every message. A message
 * sent while no subscription matches its address goes nowhere, as on a topic nobody reads. A named
 * group's queue lives as long as the transport, so a group that resubscribes gets what was sent (or
 * left unacknowledged) meanwhile; a subscription without a group has a private queue that ends with
 * it. Handlers run on one daemon thread per subscription, with the retries and dead letters of
 * {@link Delivery}. Queues are bounded: a send that would overflow one fails on its future. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryTransport implements EventTransport {

    /** Messages a group's queue holds at most unless set otherwise. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Object lock = new Object();
    private final Map<String, InMemoryQueue> queues = new LinkedHashMap<>();
    private final List<InMemorySubscription> subscriptions = new ArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private boolean closed;

    private InMemoryTransport(int capacity) {
        this.capacity = capacity;
    }

    /** A transport with the default capacity. */
    public static InMemoryTransport create() {
        return new InMemoryTransport(DEFAULT_CAPACITY);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        IncomingMessage incoming = new IncomingMessage(message.address(), message.key(), message.headers(),
                message.payload(), message.contentType(), message.bindings());
        synchronized (lock) {
            if (closed) {
                return failed("in-memory transport is closed; cannot send to '" + message.address() + "'");
            }
            return offer(incoming);
        }
    }

    /**
     * Offers {@code message} to the queue of every group whose pattern matches its address, all or
     * nothing: each is checked for room before any gets it. Called with the lock held.
     */
    private CompletableFuture<Void> offer(IncomingMessage message) {
        // Most messages have one target (one group listening), which needs no list.
        InMemoryQueue first = null;
        List<InMemoryQueue> others = null;
        for (InMemoryQueue queue : queues.values()) {
            if (queue.pattern().matches(message.address())) {
                if (queue.size() >= capacity) {
                    return failed("in-memory queue of group '" + queue.name() + "' for '"
                            + queue.pattern() + "' is full (" + capacity + " messages); its consumers fall behind");
                }
                if (first == null) {
                    first = queue;
                } else {
                    if (others == null) {
                        others = new ArrayList<>();
                    }
                    others.add(queue);
                }
            }
        }
        if (first != null) {
            first.offer(message);
        }
        if (others != null) {
            others.forEach(queue -> queue.offer(message));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Subscription subscribe(SubscriptionSpec spec, MessageHandler handler) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("in-memory transport is closed; cannot subscribe to '"
                        + spec.addressPattern() + "'");
            }
            String group = spec.group() == null ? "private-" + UUID.randomUUID() : spec.group();
            String key = spec.addressPattern() + "\n" + group;
            InMemoryQueue queue = queues.computeIfAbsent(key, k -> new InMemoryQueue(spec.pattern(), group));
            String threadName = "contractgen-in-memory-" + threads.incrementAndGet() + "-" + group;
            InMemorySubscription subscription = new InMemorySubscription(queue, new Delivery(spec, handler),
                    threadName, () -> unsubscribed(key, spec.group() == null));
            subscriptions.add(subscription);
            subscription.start();
            return subscription;
        }
    }

    private void unsubscribed(String key, boolean privateGroup) {
        synchronized (lock) {
            subscriptions.removeIf(InMemorySubscription::isClosed);
            if (privateGroup) {
                queues.remove(key);
            }
        }
    }

    /** Messages waiting in all queues, for tests that check nothing is left behind. */
    public int pending() {
        synchronized (lock) {
            return queues.values().stream().mapToInt(InMemoryQueue::size).sum();
        }
    }

    @Override
    public void close() {
        List<InMemorySubscription> open;
        synchronized (lock) {
            closed = true;
            open = new ArrayList<>(subscriptions);
        }
        open.forEach(InMemorySubscription::stopDelivery); // their close graces run together
        open.forEach(InMemorySubscription::close);
    }

    private static CompletableFuture<Void> failed(String message) {
        return CompletableFuture.failedFuture(new TransportException(message, null));
    }

    /**
     * Builds an {@link InMemoryTransport}. TLS, plaintext and credentials are accepted and ignored: nothing leaves
     * the JVM, and a generated client must work the same whichever transport it is given.
     *
     * @since 0.1.0
     */
    public static final class Builder implements EventTransport.Builder {

        private int capacity = DEFAULT_CAPACITY;

        private Builder() {}

        /** The most messages one group's queue holds. */
        public Builder capacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
            }
            this.capacity = capacity;
            return this;
        }

        @Override
        public Builder tls(TlsConfig tls) {
            Objects.requireNonNull(tls, "tls");
            return this;
        }

        @Override
        public Builder plaintext() {
            return this;
        }

        @Override
        public Builder credentials(String username, String password) {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            return this;
        }

        @Override
        public InMemoryTransport build() {
            return new InMemoryTransport(capacity);
        }
    }
}
