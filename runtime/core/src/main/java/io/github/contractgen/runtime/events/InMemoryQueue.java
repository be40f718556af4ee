package io.github.contractgen.runtime.events;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The messages of one (address pattern, group) pair. Unbounded as a deque so that a message handed
 * back is never refused; {@link InMemoryTransport} enforces the capacity when it sends.
 */
final class InMemoryQueue {

    private final AddressPattern pattern;
    private final String name;
    private final LinkedBlockingDeque<IncomingMessage> messages = new LinkedBlockingDeque<>();
    /**
     * The deque's size, kept apart: {@code LinkedBlockingDeque.size()} takes the lock the consumer waits
     * on, and every send asks for the size of each queue it delivers to.
     */
    private final AtomicInteger size = new AtomicInteger();

    InMemoryQueue(AddressPattern pattern, String name) {
        this.pattern = pattern;
        this.name = name;
    }

    AddressPattern pattern() {
        return pattern;
    }

    String name() {
        return name;
    }

    int size() {
        return size.get();
    }

    void offer(IncomingMessage message) {
        size.incrementAndGet();
        messages.offerLast(message);
    }

    /** Puts back a message that was taken but not acknowledged, first in line. */
    void giveBack(IncomingMessage message) {
        size.incrementAndGet();
        messages.offerFirst(message);
    }

    IncomingMessage poll(long timeoutMillis) throws InterruptedException {
        IncomingMessage message = messages.pollFirst(timeoutMillis, TimeUnit.MILLISECONDS);
        if (message != null) {
            size.decrementAndGet();
        }
        return message;
    }
}
