package io.github.contractgen.runtime.http;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;

/**
 * The retry rules of {@link RetryPolicy}: which outcomes are worth another attempt and how long to
 * wait before it.
 */
final class Retries {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

    private Retries() {}

    /** Whether {@code status} may succeed on another attempt. */
    static boolean retryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * Whether a failure may go away on another attempt: connect failures and I/O errors, but not TLS
     * failures (a bad certificate stays bad), not timeouts (the call's own ended it; an attempt's own,
     * which may be retried, is {@link AttemptRules}' to decide) and not {@link Error}s.
     */
    static boolean retryableFailure(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException) {
            return true;
        }
        return failure instanceof java.io.IOException && !(failure instanceof HttpTimeoutException)
                && !(failure instanceof SSLException) && !(failure.getCause() instanceof SSLException);
    }

    /** The delay before attempt {@code attempt + 1}: exponential, capped, shortened by jitter. */
    static Duration backoff(RetryPolicy policy, int attempt) {
        long initial = policy.initialBackoff().toNanos();
        long cap = policy.maxBackoff().toNanos();
        long base = initial;
        for (int i = 1; i < attempt && base < cap; i++) {
            base *= 2;
        }
        base = Math.min(base, cap);
        double factor = 1 - policy.jitter() * ThreadLocalRandom.current().nextDouble();
        return Duration.ofNanos((long) (base * factor));
    }

    /** The {@code Retry-After} delay: delta-seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(ResponseInfo response, Instant now) {
        Optional<String> header = response.header("retry-after");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            long seconds = Long.parseLong(value);
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration delay = Duration.between(now, at);
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
