package io.github.contractgen.runtime.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failing handler is tried on one message before the message goes to the dead-letter
 * callback, how long to wait in between, and how long closing a subscription waits for a handler
 * still running.
 *
 * <p>The wait before attempt {@code n + 1} is {@code min(maxBackoff, initialBackoff * 2^(n-1))}. There
 * is no jitter: consumers of one partition or topic retry one message at a time, so they cannot retry
 * in lock-step the way many HTTP clients can. A dead-letter callback that fails is called again every
 * {@code maxBackoff}.
 *
 * <p>Closing a subscription (or the client or transport that holds it) waits up to {@code closeGrace}
 * for a handler that is running; then it interrupts the handler's thread, logs at WARNING which handler
 * did not finish, and returns without waiting further. The message of that handler is not acknowledged,
 * even if the handler returns later: the broker (or the in-memory queue of a named group) delivers it
 * again. See {@link Subscription#close()}.
 *
 * @param maxAttempts attempts in all, first included (1 = dead-letter on the first failure)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 * @param closeGrace how long closing waits for a running handler before interrupting it
 * @since 0.1.0
 */
public record DeliveryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration closeGrace) {

    /** How long closing waits for a running handler unless set otherwise. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(closeGrace, "closeGrace");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must not be negative: " + initialBackoff + ", " + maxBackoff);
        }
        if (closeGrace.isNegative()) {
            throw new IllegalArgumentException("closeGrace must not be negative, was " + closeGrace);
        }
    }

    /** A policy with the {@link #DEFAULT_CLOSE_GRACE default close grace} of 10 s. */
    public DeliveryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this(maxAttempts, initialBackoff, maxBackoff, DEFAULT_CLOSE_GRACE);
    }

    /** 5 attempts, 200 ms before the second, 5 s at most; closing waits 10 s for a running handler. */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** This policy with {@code closeGrace}: how long closing waits for a running handler before interrupting it. */
    public DeliveryPolicy withCloseGrace(Duration closeGrace) {
        return new DeliveryPolicy(maxAttempts, initialBackoff, maxBackoff, closeGrace);
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration delay = initialBackoff;
        for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
