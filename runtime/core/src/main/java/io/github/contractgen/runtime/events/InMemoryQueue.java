package io.github.contractgen.runtime.events;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * The messages of one (address pattern, group) pair. Unbounded as a deque so that a message handed
 * back is never refused; {@link InMemoryTransport} enforces the capacity when it sends.
 */
final class InMemoryQueue {

    private final AddressPattern pattern;
    private final String name;
    private final LinkedBlockingDeque<IncomingMessage> messages = new LinkedBlockingDeque<>();

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
        return messages.size();
    }

    void offer(IncomingMessage message) {
        messages.offerLast(message);
    }

    /** Puts back a message that was taken but not acknowledged, first in line. */
    void giveBack(IncomingMessage message) {
        messages.offerFirst(message);
    }

    IncomingMessage poll(long timeoutMillis) throws InterruptedException {
        return messages.pollFirst(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
