package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One call from its first attempt to its end: sends attempts, decides on retries, tells the observer,
 * and completes the caller's future.
 *
 * <p>State changes happen under this object's lock so that a cancellation racing with an attempt's
 * completion still gives the observer each attempt once and the end once. Whatever is in progress
 * (a credential fetch, an exchange, a retry timer) is kept in {@code pending} so that cancelling the
 * caller's future cancels it.
 */
final class CallExecution<T, R> {

    private final HttpClient client;
    private final HttpClientOptions options;
    private final PreparedCall<T> prepared;
    private final ResultShape<T, R> shape;
    private final Observation observation;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();

    private int attempts;
    private int lastStatus = -1;
    private long responseBytes = -1;
    private long attemptStartNanos;
    private boolean attemptInFlight;
    private boolean ended;
    private CompletableFuture<?> pending;

    CallExecution(HttpClient client, HttpClientOptions options, PreparedCall<T> prepared, ResultShape<T, R> shape,
            Observation observation) {
        this.client = client;
        this.options = options;
        this.prepared = prepared;
        this.shape = shape;
        this.observation = observation;
    }

    CompletableFuture<R> start() {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                cancelled();
            }
        });
        attempt();
        return result;
    }

    private void attempt() {
        AuthCollector auth = new AuthCollector();
        CompletableFuture<Void> credentials;
        synchronized (this) {
            if (ended) {
                return;
            }
            attempts++;
            attemptInFlight = true;
            attemptStartNanos = System.nanoTime();
            credentials = applyCredentials(auth);
            pending = credentials;
        }
        credentials.whenComplete((ignored, error) -> {
            if (error != null) {
                attemptDone(null, AttemptRules.credentialFailure(prepared, error));
            } else {
                send(auth);
            }
        });
    }

    private CompletableFuture<Void> applyCredentials(AuthCollector auth) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (Credential credential : prepared.credentials()) {
            all = all.thenCompose(ignored -> credential.applyAsync(auth));
        }
        return all;
    }

    private void send(AuthCollector auth) {
        HttpRequest request;
        try {
            Map<String, String> injected = new LinkedHashMap<>();
            Observers.safely(() -> observation.inject((name, value) -> {
                if (name != null && value != null) {
                    injected.put(name, value);
                }
            }));
            request = prepared.request(auth, injected, options.requestTimeout());
        } catch (RuntimeException e) {
            attemptDone(null, e);
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> exchange;
        synchronized (this) {
            if (ended) {
                return;
            }
            exchange = client.sendAsync(request, AttemptRules.bodyHandler(prepared, options));
            pending = exchange;
        }
        exchange.whenComplete(this::attemptDone);
    }

    private void attemptDone(HttpResponse<byte[]> response, Throwable error) {
        Duration took;
        synchronized (this) {
            if (ended || !attemptInFlight) {
                return;
            }
            attemptInFlight = false;
            pending = null;
            took = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
        }
        if (error != null) {
            failed(AttemptRules.unwrap(error), took);
        } else {
            responded(response, took);
        }
    }

    private void failed(Throwable failure, Duration took) {
        RuntimeException mapped = AttemptRules.failure(prepared, options, failure);
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, mapped)));
        if (Retries.retryableFailure(failure) && AttemptRules.mayRetry(prepared, options, attempt)) {
            retryAfter(Retries.backoff(options.retryPolicy(), attempt));
        } else {
            finish(null, mapped);
        }
    }

    private void responded(HttpResponse<byte[]> response, Duration took) {
        RestCall<T> call = prepared.call();
        ResponseInfo info = ResponseDecoder.info(call.operationId(), call.method(), prepared.safeUri(), response);
        int attempt = attempts;
        synchronized (this) {
            lastStatus = info.status();
            responseBytes = info.bodyLength();
        }
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, info.status(), took, null)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, info, attempt);
        if (delay.isPresent()) {
            retryAfter(delay.get());
            return;
        }
        try {
            finish(shape.result(info, ResponseDecoder.decode(call.responses(), info, options.codec())), null);
        } catch (RuntimeException e) {
            finish(null, e);
        }
    }

    private void retryAfter(Duration delay) {
        synchronized (this) {
            if (ended) {
                return;
            }
            pending = CompletableFuture.runAsync(this::attempt,
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
        }
    }

    private void finish(R value, RuntimeException error) {
        CallResult end;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            end = new CallResult(lastStatus, elapsed(), attempts, prepared.requestBytes(), responseBytes, error);
        }
        Observers.safely(() -> observation.onEnd(end));
        if (error != null) {
            result.completeExceptionally(error);
        } else {
            result.complete(value);
        }
    }

    /** The caller cancelled: stop what is pending and tell the observer, once. */
    private void cancelled() {
        CompletableFuture<?> toCancel;
        boolean reportAttempt;
        Duration took;
        CallResult end;
        CancellationException cancellation = new CancellationException(prepared.call().operationId() + ": cancelled");
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            toCancel = pending;
            pending = null;
            reportAttempt = attemptInFlight;
            attemptInFlight = false;
            took = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
            end = new CallResult(lastStatus, elapsed(), attempts, prepared.requestBytes(), responseBytes, cancellation);
        }
        if (toCancel != null) {
            toCancel.cancel(true);
        }
        int attempt = attempts;
        if (reportAttempt) {
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, cancellation)));
        }
        Observers.safely(() -> observation.onEnd(end));
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
