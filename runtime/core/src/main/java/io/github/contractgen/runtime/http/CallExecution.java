package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One call from its first attempt to its end: sends attempts, decides on retries, tells the observer,
 * and completes the caller's future.
 *
 * <p>The future completes on every path. Each stage (a credential applied, an exchange completed, a
 * retry timer fired) runs {@link #guarded}: whatever it throws, an {@link Error} included (from an
 * observer, a decoder, a credential), ends the call with it instead of being lost in a callback no one
 * reads. And a backstop timer, {@link #BACKSTOP} after the call's {@code requestTimeout}, ends a call
 * that something upstream (a token fetch that never answers) keeps from ending on its own.
 *
 * <p>State changes happen under this object's lock so that a cancellation racing with an attempt's
 * completion still gives the observer each attempt once and the end once. Whatever is in progress
 * (a credential fetch, an exchange, a retry timer) is kept in {@code pending} so that cancelling the
 * caller's future cancels it.
 */
final class CallExecution<T, R> {

    /** How long after its deadline a call that did not end by itself is ended by the backstop. */
    private static final Duration BACKSTOP = Duration.ofSeconds(1);

    private final HttpClient client;
    private final HttpClientOptions options;
    private final BodyMemory memory;
    private final PreparedCall<T> prepared;
    private final ResultShape<T, R> shape;
    private final Observation observation;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final CompletableFuture<Void> backstop = new CompletableFuture<>();
    private final CallDeadline deadline;
    private final long startNanos = System.nanoTime();

    private int attempts;
    private int lastStatus = -1;
    private long responseBytes = -1;
    private long attemptStartNanos;
    private CallDeadline.Attempt bound;
    private BodyMemory.Lease lease;
    private boolean attemptInFlight;
    private boolean ended;
    private CompletableFuture<?> pending;

    CallExecution(HttpClient client, HttpClientOptions options, BodyMemory memory, PreparedCall<T> prepared,
            ResultShape<T, R> shape, Observation observation) {
        this.client = client;
        this.options = options;
        this.memory = memory;
        this.prepared = prepared;
        this.shape = shape;
        this.observation = observation;
        this.deadline = new CallDeadline(options);
    }

    CompletableFuture<R> start() {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                abort(new CancellationException(prepared.call().operationId() + ": cancelled"));
            }
        });
        // orTimeout drops its timer when the backstop completes (at the call's end).
        backstop.orTimeout(options.requestTimeout().plus(BACKSTOP).toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((ignored, timeout) -> {
                    if (timeout != null) {
                        deadlinePassed();
                    }
                });
        guarded(this::attempt);
        return result;
    }

    /** Runs one stage of the call; whatever it throws, an Error included, ends the call with it. */
    private void guarded(Runnable stage) {
        try {
            stage.run();
        } catch (Throwable e) {
            finish(null, e);
        }
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
            bound = deadline.attempt();
            lease = memory.lease(prepared.call().operationId());
            credentials = applyCredentials(auth);
            pending = credentials;
        }
        credentials.whenComplete((ignored, error) -> guarded(() -> {
            if (error != null) {
                attemptDone(null, AttemptRules.credentialFailure(prepared, error));
            } else {
                send(auth);
            }
        }));
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
        CallDeadline.Attempt attemptBound;
        synchronized (this) {
            attemptBound = bound;
        }
        try {
            request = prepared.request(auth, AttemptRules.observerHeaders(observation), attemptBound.remaining());
        } catch (Throwable e) { // a value that cannot be sent: a failed attempt, as on the sync path
            attemptDone(null, e);
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> exchange;
        synchronized (this) {
            if (ended) {
                return;
            }
            exchange = client.sendAsync(request, AttemptRules.bodyHandler(prepared, lease, memory, attemptBound));
            pending = exchange;
        }
        exchange.whenComplete((response, error) -> guarded(() -> attemptDone(response, error)));
    }

    private void attemptDone(HttpResponse<byte[]> response, Throwable error) {
        Duration took;
        CallDeadline.Attempt attemptBound;
        BodyMemory.Lease attemptLease;
        synchronized (this) {
            if (ended || !attemptInFlight) {
                return;
            }
            attemptInFlight = false;
            pending = null;
            took = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
            attemptBound = bound;
            attemptLease = lease;
        }
        try {
            if (error != null) {
                failed(AttemptRules.cause(prepared, error, attemptBound), took);
            } else {
                responded(response, took);
            }
        } finally {
            attemptLease.release(); // the body is decoded or dropped by now
        }
    }

    private void failed(Throwable failure, Duration took) {
        Throwable mapped = AttemptRules.failure(prepared, options, failure);
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, mapped)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, failure, attempt, deadline);
        if (delay.isPresent()) {
            retryAfter(delay.get());
        } else {
            finish(null, mapped);
        }
    }

    private void responded(HttpResponse<byte[]> response, Duration took) {
        RestCall<T> call = prepared.call();
        ResponseInfo info = ResponseDecoder.info(prepared, response);
        int attempt = attempts;
        synchronized (this) {
            lastStatus = info.status();
            responseBytes = info.bodyLength();
        }
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, info.status(), took, null)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, info, attempt, deadline);
        if (delay.isPresent()) {
            retryAfter(delay.get());
            return;
        }
        R value;
        try {
            value = shape.result(info, ResponseDecoder.decode(call.responses(), info, options.codec()));
        } catch (Throwable e) { // the declared exception, a DecodingException, or whatever a decoder threw
            finish(null, e);
            return;
        }
        finish(value, null);
    }

    private void retryAfter(Duration delay) {
        synchronized (this) {
            if (ended) {
                return;
            }
            pending = CompletableFuture.runAsync(() -> guarded(this::attempt),
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
        }
    }

    private void finish(R value, Throwable error) {
        CallResult end;
        BodyMemory.Lease attemptLease;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            attemptLease = lease;
            end = new CallResult(lastStatus, elapsed(), attempts, prepared.requestBytes(), responseBytes, error);
        }
        backstop.complete(null);
        if (attemptLease != null) {
            attemptLease.release(); // the body is decoded: its bytes are given back before the caller goes on
        }
        Observers.safely(() -> observation.onEnd(end));
        if (error != null) {
            result.completeExceptionally(error);
        } else {
            result.complete(value);
        }
    }

    /** The backstop fired: the call is past its deadline and nothing ended it. */
    private void deadlinePassed() {
        CallTimeoutException timeout = deadline.exceeded(prepared.call().operationId());
        if (abort(timeout)) {
            result.completeExceptionally(timeout);
        }
    }

    /**
     * Ends the call with {@code reason} from outside its stages (the caller cancelled, the backstop
     * fired): stops what is pending and tells the observer, once. False when the call had ended.
     */
    private boolean abort(RuntimeException reason) {
        CompletableFuture<?> toCancel;
        boolean reportAttempt;
        Duration took;
        CallResult end;
        BodyMemory.Lease attemptLease;
        synchronized (this) {
            if (ended) {
                return false;
            }
            ended = true;
            toCancel = pending;
            pending = null;
            reportAttempt = attemptInFlight;
            attemptInFlight = false;
            attemptLease = lease;
            took = Duration.ofNanos(System.nanoTime() - attemptStartNanos);
            end = new CallResult(lastStatus, elapsed(), attempts, prepared.requestBytes(), responseBytes, reason);
        }
        backstop.complete(null);
        if (toCancel != null) {
            toCancel.cancel(true);
        }
        if (attemptLease != null) {
            attemptLease.release();
        }
        int attempt = attempts;
        if (reportAttempt) {
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, reason)));
        }
        Observers.safely(() -> observation.onEnd(end));
        return true;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
