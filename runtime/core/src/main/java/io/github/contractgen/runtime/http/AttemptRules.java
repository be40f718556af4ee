package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observers;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * What an attempt's outcome means for its call: the exception a failure becomes, whether another
 * attempt follows and after how long.
 *
 * <p>Shared by {@link CallExecution} (async calls, driven by callbacks) and {@link BlockingExecution}
 * (sync calls, a loop on the caller's thread), so that the two ways of calling can never disagree on
 * an exception or a retry. No wait is ever longer than what the call's {@link CallDeadline} leaves:
 * when it would be, there is no retry and the call ends with what it has.
 */
final class AttemptRules {

    private AttemptRules() {}

    /**
     * How each attempt's response body is read, bounded in size, memory and time ({@link BoundedBody});
     * the one place both executions take it from.
     */
    static HttpResponse.BodyHandler<byte[]> bodyHandler(PreparedCall<?> prepared, BodyMemory.Lease lease,
            BodyMemory memory, CallDeadline.Attempt bound) {
        return BoundedBody.handler(prepared.call().operationId(), lease, memory.maxResponseBytes(), bound);
    }

    /**
     * What an attempt failed with, as the rules below take it: the failure inside
     * {@code CompletionException}s, a refused repeat ({@link OneExchangeBody}) as the closed connection
     * it stands for, and a timeout of {@code java.net.http} as an {@link AttemptTimeout} naming its bound.
     */
    static Throwable cause(PreparedCall<?> prepared, Throwable error, CallDeadline.Attempt bound) {
        Throwable cause = unwrap(error);
        if (cause instanceof OneExchangeBody.RepeatRefused refused) {
            return refused.closedBeforeResponse();
        }
        if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
            RestCall<?> call = prepared.call();
            return new AttemptTimeout(call.operationId() + ": no response within " + bound.describe() + " ("
                    + call.method() + " " + prepared.safeUri() + ")", bound, cause);
        }
        return cause;
    }

    /**
     * The exception a failed attempt ends the call with, if it ends it; an {@link Error} stays what it
     * is (an {@code OutOfMemoryError} while the body was read is no I/O failure).
     */
    static Throwable failure(PreparedCall<?> prepared, HttpClientOptions options, Throwable failure) {
        if (failure instanceof ContractgenException || failure instanceof IllegalArgumentException
                || failure instanceof Error) {
            return failure;
        }
        RestCall<?> call = prepared.call();
        return Failures.map(call.operationId(), call.method(), prepared.safeUri(), failure, options);
    }

    /** Whether another attempt may follow attempt number {@code attempts}. */
    static boolean mayRetry(PreparedCall<?> prepared, HttpClientOptions options, int attempts) {
        return prepared.call().idempotent() && attempts < options.retryPolicy().maxAttempts();
    }

    /**
     * The delay before another attempt after attempt {@code attempt} failed with {@code failure} (as
     * {@link #cause} gives it), or empty when the call ends with it.
     */
    static Optional<Duration> retryDelay(PreparedCall<?> prepared, HttpClientOptions options, Throwable failure,
            int attempt, CallDeadline deadline) {
        boolean retryable = Retries.retryableFailure(failure)
                || failure instanceof AttemptTimeout timeout && timeout.ownTimeout();
        if (!retryable || !mayRetry(prepared, options, attempt)) {
            return Optional.empty();
        }
        return within(deadline, Retries.backoff(options.retryPolicy(), attempt));
    }

    /** The delay before another attempt after {@code response}, or empty when there is none to make. */
    static Optional<Duration> retryDelay(PreparedCall<?> prepared, HttpClientOptions options, ResponseInfo response,
            int attempt, CallDeadline deadline) {
        if (!Retries.retryableStatus(response.status()) || !mayRetry(prepared, options, attempt)) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = Retries.retryAfter(response, Instant.now());
        if (retryAfter.isPresent()) {
            // Above the limit, waiting would hold the caller too long: return the error at once.
            return retryAfter.get().compareTo(options.retryPolicy().maxRetryAfter()) > 0
                    ? Optional.empty() : within(deadline, retryAfter.get());
        }
        return within(deadline, Retries.backoff(options.retryPolicy(), attempt));
    }

    /** {@code delay}, when the call still has time for an attempt after it. */
    private static Optional<Duration> within(CallDeadline deadline, Duration delay) {
        return deadline.leavesTimeAfter(delay) ? Optional.of(delay) : Optional.empty();
    }

    /** The headers the observer adds to an attempt's request (trace context); null names and values are left out. */
    static Map<String, String> observerHeaders(Observation observation) {
        Map<String, String> injected = new LinkedHashMap<>();
        Observers.safely(() -> observation.inject((name, value) -> {
            if (name != null && value != null) {
                injected.put(name, value);
            }
        }));
        return injected;
    }

    /** A credential that could not be applied, without its own message, which may quote a secret. */
    static RuntimeException credentialFailure(PreparedCall<?> prepared, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ContractgenException contractgen) {
            return contractgen;
        }
        return new TransportException(prepared.call().operationId() + ": a credential could not be applied ("
                + cause.getClass().getSimpleName() + ")", null);
    }

    /** The failure inside the {@code CompletionException}s of a future chain. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
