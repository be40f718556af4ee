package io.github.contractgen.runtime.events;

/** One consumer of an {@link InMemoryQueue}: a thread that takes messages and delivers them. */
final class InMemorySubscription extends DeliveringSubscription {

    private static final long POLL_MILLIS = 100;

    private final InMemoryQueue queue;
    private final Thread thread;
    private final Runnable onClosed;

    InMemorySubscription(InMemoryQueue queue, Delivery delivery, String threadName, Runnable onClosed) {
        super(delivery);
        this.queue = queue;
        this.onClosed = onClosed;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!isClosed()) {
            IncomingMessage message;
            try {
                message = queue.poll(POLL_MILLIS);
            } catch (InterruptedException e) {
                // Only close() interrupts; the loop condition ends the thread.
                continue;
            }
            if (message != null && !delivery().deliver(message)) {
                queue.giveBack(message);
            }
        }
    }

    /** No handler runs any more: the thread hands back what it took and ends within one poll; joins it. */
    @Override
    protected void drain() {
        join(thread);
    }

    @Override
    protected void release() {
        onClosed.run();
    }
}
