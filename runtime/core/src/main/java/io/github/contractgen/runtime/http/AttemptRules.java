package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TransportException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * What an attempt's outcome means for its call: the exception a failure becomes, whether another
 * attempt follows and after how long.
 *
 * <p>Shared by {@link CallExecution} (async calls, driven by callbacks) and {@link BlockingExecution}
 * (sync calls, a loop on the caller's thread), so that the two ways of calling can never disagree on
 * an exception or a retry.
 */
final class AttemptRules {

    private AttemptRules() {}

    /**
     * How each attempt's response body is read, bounded in size and time ({@link BoundedBody}); the one
     * place both executions take it from.
     */
    static HttpResponse.BodyHandler<byte[]> bodyHandler(PreparedCall<?> prepared, HttpClientOptions options) {
        return BoundedBody.handler(prepared.call().operationId(), options.maxResponseBytes(), options.requestTimeout());
    }

    /** The exception a failed attempt ends the call with, if it ends it. */
    static RuntimeException failure(PreparedCall<?> prepared, HttpClientOptions options, Throwable failure) {
        if (failure instanceof ContractgenException || failure instanceof IllegalArgumentException) {
            return (RuntimeException) failure;
        }
        RestCall<?> call = prepared.call();
        return Failures.map(call.operationId(), call.method(), prepared.safeUri(), failure, options);
    }

    /** Whether another attempt may follow attempt number {@code attempts}. */
    static boolean mayRetry(PreparedCall<?> prepared, HttpClientOptions options, int attempts) {
        return prepared.call().idempotent() && attempts < options.retryPolicy().maxAttempts();
    }

    /** The delay before another attempt after {@code response}, or empty when there is none to make. */
    static Optional<Duration> retryDelay(PreparedCall<?> prepared, HttpClientOptions options, ResponseInfo response,
            int attempt) {
        if (!Retries.retryableStatus(response.status()) || !mayRetry(prepared, options, attempt)) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = Retries.retryAfter(response, Instant.now());
        if (retryAfter.isPresent()) {
            // Above the limit, waiting would hold the caller too long: return the error at once.
            return retryAfter.get().compareTo(options.retryPolicy().maxRetryAfter()) > 0
                    ? Optional.empty() : retryAfter;
        }
        return Optional.of(Retries.backoff(options.retryPolicy(), attempt));
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
