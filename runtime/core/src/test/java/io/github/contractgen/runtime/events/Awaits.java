package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waits by polling with generous limits: the machine running the tests may be loaded. */
public final class Awaits {

    public static final Duration LIMIT = Duration.ofSeconds(90);

    private Awaits() {}

    /** The next element of {@code queue}, waiting up to {@link #LIMIT}. */
    public static <T> T next(BlockingQueue<T> queue, String what) throws InterruptedException {
        T value = queue.poll(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        if (value == null) {
            fail("timed out after " + LIMIT + " waiting for " + what);
        }
        return value;
    }

    /** Polls {@code condition} every 20 ms until it holds, up to {@link #LIMIT}. */
    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + LIMIT + " waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
