package io.github.contractgen.runtime.observe;

import java.time.Duration;

/**
 * The end of a call, after its last attempt.
 *
 * @param status the final HTTP status or gRPC status code's value, -1 when there was no response
 * @param duration from start to end, retries and backoff included
 * @param attempts how many attempts were made
 * @param requestBytes the size of the request body sent (last attempt), -1 when unknown
 * @param responseBytes the size of the response body received, -1 when unknown
 * @param error the exception the caller sees, or {@code null} on success
 * @since 0.1.0
 */
public record CallResult(int status, Duration duration, int attempts, long requestBytes, long responseBytes, Throwable error) {

    public boolean succeeded() {
        return error == null;
    }
}
