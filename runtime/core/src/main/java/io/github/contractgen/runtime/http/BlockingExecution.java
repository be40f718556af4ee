package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observers;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * One sync call, attempt after attempt on the caller's thread: {@code HttpClient.send}, then a sleep
 * before a retry.
 *
 * <p>Why not {@code callAsync(call).get()}: {@code HttpClient.sendAsync} hands every response to the
 * default executor of {@code CompletableFuture}, which on a machine with fewer than three processors
 * starts a new thread per task, and the chain of futures around it costs allocations of its own. A
 * sync call needs none of it. Observers see the same attempts and end as for an async call, and the
 * decisions (exceptions, retries) come from the same {@link AttemptRules}. An interrupt is what
 * cancelling the future is for async calls: the exchange or the pending retry stops, the observer is
 * told of a cancellation, and the caller gets a {@link TransportException} with its interrupt flag set.
 */
final class BlockingExecution<T, R> {

    private final HttpClient client;
    private final HttpClientOptions options;
    private final PreparedCall<T> prepared;
    private final ResultShape<T, R> shape;
    private final Observation observation;
    private final long startNanos = System.nanoTime();

    private int attempts;
    private int lastStatus = -1;
    private long responseBytes = -1;
    private R result;

    BlockingExecution(HttpClient client, HttpClientOptions options, PreparedCall<T> prepared, ResultShape<T, R> shape,
            Observation observation) {
        this.client = client;
        this.options = options;
        this.prepared = prepared;
        this.shape = shape;
        this.observation = observation;
    }

    R run() {
        while (true) {
            attempts++;
            long attemptStart = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = exchange();
            } catch (InterruptedException e) {
                throw interrupted(e, attemptStart, true);
            } catch (IOException | RuntimeException e) {
                failed(e, Duration.ofNanos(System.nanoTime() - attemptStart));
                continue; // failed() returned: another attempt follows
            }
            if (responded(response, Duration.ofNanos(System.nanoTime() - attemptStart))) {
                return result;
            }
        }
    }

    /** Tells the observer of a failed attempt; returns after the backoff when another may follow, else throws. */
    private void failed(Exception failure, Duration took) {
        RuntimeException mapped = AttemptRules.failure(prepared, options, failure);
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, mapped)));
        if (Retries.retryableFailure(failure) && AttemptRules.mayRetry(prepared, options, attempt)) {
            pause(Retries.backoff(options.retryPolicy(), attempt));
            return;
        }
        throw finish(mapped);
    }

    /**
     * Handles an attempt's response: true with {@link #result} set when the call is done, false after
     * the delay when another attempt follows; throws the declared exception of an error status.
     */
    private boolean responded(HttpResponse<byte[]> response, Duration took) {
        RestCall<T> call = prepared.call();
        ResponseInfo info = ResponseDecoder.info(call.operationId(), call.method(), prepared.safeUri(), response);
        lastStatus = info.status();
        responseBytes = info.bodyLength();
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, info.status(), took, null)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, info, attempt);
        if (delay.isPresent()) {
            pause(delay.get());
            return false;
        }
        try {
            result = shape.result(info, ResponseDecoder.decode(call.responses(), info, options.codec()));
        } catch (RuntimeException e) {
            throw finish(e);
        }
        finish(null);
        return true;
    }

    /**
     * One attempt's exchange. Failures come out as the async path sees them: a credential's as
     * {@link AttemptRules#credentialFailure}, and what {@code send} rethrows unwrapped (see
     * {@link #original}).
     */
    private HttpResponse<byte[]> exchange() throws IOException, InterruptedException {
        AuthCollector auth = new AuthCollector();
        try {
            for (Credential credential : prepared.credentials()) {
                credential.apply(auth);
            }
        } catch (RuntimeException e) {
            throw AttemptRules.credentialFailure(prepared, e);
        }
        Map<String, String> injected = new LinkedHashMap<>();
        Observers.safely(() -> observation.inject((name, value) -> {
            if (name != null && value != null) {
                injected.put(name, value);
            }
        }));
        HttpRequest request = prepared.request(auth, injected, options.requestTimeout());
        try {
            return client.send(request, AttemptRules.bodyHandler(prepared, options));
        } catch (IOException e) {
            Throwable original = original(e);
            if (original instanceof IOException io) {
                throw io;
            }
            if (original instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * The failure as the exchange raised it. {@code HttpClient.send} rethrows it as a new exception of
     * the same kind with the original as cause (or as a plain {@code IOException} around anything else),
     * so that the caller's stack shows; the original is what the async path reports and maps.
     */
    static Throwable original(IOException thrown) {
        Throwable cause = thrown.getCause();
        if (cause != null && (thrown.getClass().isInstance(cause) || thrown.getClass() == IOException.class)) {
            return cause;
        }
        return thrown;
    }

    private void pause(Duration delay) {
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            throw interrupted(e, System.nanoTime(), false);
        }
    }

    /** Ends the call as cancelled, the way cancelling an async call's future does, and restores the flag. */
    private TransportException interrupted(InterruptedException e, long attemptStart, boolean attemptInFlight) {
        CancellationException cancellation = new CancellationException(prepared.call().operationId() + ": cancelled");
        if (attemptInFlight) {
            Duration took = Duration.ofNanos(System.nanoTime() - attemptStart);
            int attempt = attempts;
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, cancellation)));
        }
        finish(cancellation);
        Thread.currentThread().interrupt();
        return new TransportException(prepared.call().operationId() + ": interrupted while waiting for the response", e);
    }

    /** Tells the observer of the end; returns {@code error} for the caller to throw. */
    private <E extends RuntimeException> E finish(E error) {
        CallResult end = new CallResult(lastStatus, Duration.ofNanos(System.nanoTime() - startNanos), attempts,
                prepared.requestBytes(), responseBytes, error);
        Observers.safely(() -> observation.onEnd(end));
        return error;
    }
}
