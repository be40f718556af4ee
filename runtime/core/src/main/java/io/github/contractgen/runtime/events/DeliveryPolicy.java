package io.github.contractgen.runtime.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failing handler is tried on one message before the message goes to the dead-letter
 * callback, and how long to wait in between.
 *
 * <p>The wait before attempt {@code n + 1} is {@code min(maxBackoff, initialBackoff * 2^(n-1))}. There
 * is no jitter: consumers of one partition or topic retry one message at a time, so they cannot retry
 * in lock-step the way many HTTP clients can. A dead-letter callback that fails is called again every
 * {@code maxBackoff}.
 *
 * @param maxAttempts attempts in all, first included (1 = dead-letter on the first failure)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 * @since 0.1.0
 */
public record DeliveryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must not be negative: " + initialBackoff + ", " + maxBackoff);
        }
    }

    /** 5 attempts, 200 ms before the second, 5 s at most. */
    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));
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
