package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.CallTimeoutException;
import java.time.Duration;

/**
 * The time one call has: {@code requestTimeout} from its start for everything (every attempt, the
 * waits between them, reading the bodies) and, when {@code attemptTimeout} is set, no more than that
 * for each attempt within it.
 */
final class CallDeadline {

    /** The shortest timeout handed to {@code java.net.http}, which refuses zero. */
    private static final long MIN_NANOS = 1_000_000;

    private final Duration requestTimeout;
    private final Duration attemptTimeout;
    private final long endNanos;

    CallDeadline(HttpClientOptions options) {
        this.requestTimeout = options.requestTimeout();
        this.attemptTimeout = options.attemptTimeout();
        this.endNanos = System.nanoTime() + requestTimeout.toNanos();
    }

    /** Whether a wait of {@code delay} from now still leaves time for another attempt. */
    boolean leavesTimeAfter(Duration delay) {
        return nanosLeft() > delay.toNanos();
    }

    /** The time the call has left, in nanoseconds; zero or less once it has passed its deadline. */
    long nanosLeft() {
        return endNanos - System.nanoTime();
    }

    /** The exception that ends a call past its deadline while something it waits for (a credential) has not answered. */
    CallTimeoutException exceeded(String operationId) {
        return new CallTimeoutException(operationId + ": the call did not complete within " + requestTimeout
                + " (requestTimeout)", null);
    }

    /** The bound of an attempt that starts now: the call's end, or sooner when attemptTimeout says so. */
    Attempt attempt() {
        long now = System.nanoTime();
        if (attemptTimeout != null && attemptTimeout.toNanos() < endNanos - now) {
            return new Attempt(now + attemptTimeout.toNanos(), attemptTimeout, true);
        }
        return new Attempt(endNanos, requestTimeout, false);
    }

    /**
     * One attempt's end.
     *
     * @param setting the duration of the setting that sets the end, for messages
     * @param ownTimeout true when attemptTimeout sets it (the call has time left after it)
     */
    record Attempt(long endNanos, Duration setting, boolean ownTimeout) {

        /** The time left, at least a millisecond. */
        Duration remaining() {
            return Duration.ofNanos(Math.max(MIN_NANOS, endNanos - System.nanoTime()));
        }

        /** The bound as a message states it: {@code PT2S (requestTimeout)}. */
        String describe() {
            return setting + (ownTimeout ? " (attemptTimeout)" : " (requestTimeout)");
        }
    }
}
