package io.github.contractgen.runtime.events;

import java.util.logging.Level;
import java.util.logging.Logger;

/** One consumer of an {@link InMemoryQueue}: a thread that takes messages and delivers them. */
final class InMemorySubscription implements Subscription {

    private static final Logger LOG = Logger.getLogger(InMemorySubscription.class.getName());
    private static final long POLL_MILLIS = 100;

    private final InMemoryQueue queue;
    private final Delivery delivery;
    private final Thread thread;
    private final Runnable onClosed;
    private volatile boolean closing;

    InMemorySubscription(InMemoryQueue queue, Delivery delivery, String threadName, Runnable onClosed) {
        this.queue = queue;
        this.delivery = delivery;
        this.onClosed = onClosed;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closing) {
            IncomingMessage message;
            try {
                message = queue.poll(POLL_MILLIS);
            } catch (InterruptedException e) {
                // Only close() interrupts; the loop condition ends the thread.
                continue;
            }
            if (message != null && !delivery.deliver(message)) {
                queue.giveBack(message);
            }
        }
    }

    boolean isClosed() {
        return closing;
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        delivery.stop();
        if (Thread.currentThread() != thread) {
            try {
                // Waits for a running handler: that is the drain. Backoff waits end at once via stop().
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(Level.FINE, "interrupted while draining " + thread.getName(), e);
            }
        }
        onClosed.run();
    }
}
