package io.github.contractgen.runtime.observe;

import java.time.Duration;

/**
 * The end of one attempt of a call (a call retried three times has three attempts).
 *
 * @param attempt 1 for the first attempt
 * @param status the HTTP status, the gRPC status code's value, or -1 when there was no response
 * @param duration how long the attempt took
 * @param error the failure, or {@code null} when the attempt got a response
 * @since 0.1.0
 */
public record AttemptInfo(int attempt, int status, Duration duration, Throwable error) {}
