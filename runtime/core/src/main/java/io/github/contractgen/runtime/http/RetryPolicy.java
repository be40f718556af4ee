package io.github.contractgen.runtime.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often a failed call is tried again.
 *
 * <p>Only idempotent calls are retried, and only on connect and I/O failures and on 408, 429, 502, 503
 * and 504: these are the failures after which a second attempt can succeed without doing harm. The
 * delay before attempt {@code n + 1} is {@code min(maxBackoff, initialBackoff * 2^(n-1))}, reduced by a
 * random fraction of at most {@code jitter} so that many clients do not retry in lock-step. A
 * {@code Retry-After} header (seconds or HTTP date) replaces that delay when it is not above
 * {@code maxRetryAfter}; above it, the error is returned at once rather than holding the caller. An
 * attempt that reached its own {@code attemptTimeout} is retried too; no wait is made that would pass
 * the call's {@code requestTimeout} (see {@link HttpClientOptions.Builder#requestTimeout}): the call
 * ends at once with the error it has.
 *
 * @param maxAttempts attempts in all, first included (1 = no retry)
 * @param initialBackoff the delay before the second attempt
 * @param maxBackoff the longest delay between attempts
 * @param jitter the largest fraction (0..1) by which a delay is randomly shortened
 * @param maxRetryAfter the longest {@code Retry-After} that is honoured
 * @since 0.1.0
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter,
        Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative: " + initialBackoff + ", "
                    + maxBackoff + ", " + maxRetryAfter);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
    }

    /** 3 attempts, 100 ms initial backoff, 2 s at most, jitter 0.5, {@code Retry-After} up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2), 0.5, Duration.ofSeconds(30));
    }

    /** One attempt, never a retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
    }
}
