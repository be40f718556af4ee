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
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 *
 * <p>Whatever a stage throws (a credential, the body handler, a decoder), an {@link Error} included,
 * ends the call with the observer told, and reaches the caller as it is; nothing ends a sync call
 * silently. The call's {@link CallDeadline} bounds each attempt and every wait between them, and the
 * wait for a credential that must first be fetched (see {@link #applyCredentials}); a credential that
 * answers at once is applied on the caller's thread as before, with no wait and no other thread.
 */
final class BlockingExecution<T, R> {

    private final HttpClient client;
    private final HttpClientOptions options;
    private final BodyMemory memory;
    private final PreparedCall<T> prepared;
    private final ResultShape<T, R> shape;
    private final Observation observation;
    private final long startNanos = System.nanoTime();
    private final CallDeadline deadline;

    private int attempts;
    private int lastStatus = -1;
    private long responseBytes = -1;
    private R result;

    BlockingExecution(HttpClient client, HttpClientOptions options, BodyMemory memory, PreparedCall<T> prepared,
            ResultShape<T, R> shape, Observation observation) {
        this.client = client;
        this.options = options;
        this.memory = memory;
        this.deadline = new CallDeadline(options);
        this.prepared = prepared;
        this.shape = shape;
        this.observation = observation;
    }

    R run() {
        while (true) {
            attempts++;
            long attemptStart = System.nanoTime();
            CallDeadline.Attempt bound = deadline.attempt();
            BodyMemory.Lease lease = memory.lease(prepared.call().operationId());
            try {
                if (attempt(bound, lease, attemptStart)) {
                    return result;
                }
            } finally {
                lease.release(); // the body is decoded or dropped by now
            }
        }
    }

    /** One attempt: true with {@link #result} set when the call is done, false when another follows; else throws. */
    private boolean attempt(CallDeadline.Attempt bound, BodyMemory.Lease lease, long attemptStart) {
        HttpResponse<byte[]> response;
        try {
            response = exchange(bound, lease);
        } catch (InterruptedException e) {
            throw interrupted(e, attemptStart, true);
        } catch (Throwable e) { // an Error included: it ends the call below, told to the observer
            failed(AttemptRules.cause(prepared, e, bound), Duration.ofNanos(System.nanoTime() - attemptStart));
            return false; // failed() returned: another attempt follows
        }
        return responded(response, Duration.ofNanos(System.nanoTime() - attemptStart));
    }

    /** Tells the observer of a failed attempt; returns after the backoff when another may follow, else throws. */
    private void failed(Throwable failure, Duration took) {
        Throwable mapped = AttemptRules.failure(prepared, options, failure);
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, -1, took, mapped)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, failure, attempt, deadline);
        if (delay.isEmpty()) {
            throw end(mapped);
        }
        pause(delay.get());
    }

    /**
     * Handles an attempt's response: true with {@link #result} set when the call is done, false after
     * the delay when another attempt follows; throws the declared exception of an error status.
     */
    private boolean responded(HttpResponse<byte[]> response, Duration took) {
        RestCall<T> call = prepared.call();
        ResponseInfo info = ResponseDecoder.info(prepared, response);
        lastStatus = info.status();
        responseBytes = info.bodyLength();
        int attempt = attempts;
        Observers.safely(() -> observation.onAttempt(new AttemptInfo(attempt, info.status(), took, null)));
        Optional<Duration> delay = AttemptRules.retryDelay(prepared, options, info, attempt, deadline);
        if (delay.isPresent()) {
            pause(delay.get());
            return false;
        }
        try {
            result = shape.result(info, ResponseDecoder.decode(call.responses(), info, options.codec()));
        } catch (Throwable e) { // the declared exception, a DecodingException, or whatever a decoder threw
            throw end(e);
        }
        finish(null);
        return true;
    }

    /**
     * One attempt's exchange. Failures come out as the async path sees them: a credential's as
     * {@link AttemptRules#credentialFailure}, and what {@code send} rethrows unwrapped (see
     * {@link #original}).
     */
    private HttpResponse<byte[]> exchange(CallDeadline.Attempt bound, BodyMemory.Lease lease)
            throws IOException, InterruptedException {
        AuthCollector auth = new AuthCollector();
        applyCredentials(auth);
        HttpRequest request = prepared.request(auth, AttemptRules.observerHeaders(observation), bound.remaining());
        try {
            return client.send(request, AttemptRules.bodyHandler(prepared, lease, memory, bound));
        } catch (IOException e) {
            Throwable original = original(e);
            if (original instanceof IOException io) {
                throw io;
            }
            if (original instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (original instanceof Error error) { // from the body handler: no memory for the body
                throw error;
            }
            throw e;
        }
    }

    /**
     * Puts every credential on {@code auth} through {@link Credential#applyAsync}, so that none holds the
     * caller past the call's deadline. A credential that answers at once (a key, a static or cached
     * token: its future comes back complete) costs no more than its {@code apply}; one that must fetch
     * (an OAuth2 token from its endpoint, on the token client's threads) is waited for on this thread
     * until the call's deadline at most, then cancelled, and the call ends with the
     * {@link CallDeadline#exceeded} that ends an async call whose credential never answers. An
     * interrupt while waiting cancels the fetch and ends the call as cancelled.
     */
    private void applyCredentials(AuthCollector auth) throws InterruptedException {
        for (Credential credential : prepared.credentials()) {
            CompletableFuture<Void> applied = null;
            try {
                applied = credential.applyAsync(auth);
                applied.get(Math.max(0, deadline.nanosLeft()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                applied.cancel(true);
                throw deadline.exceeded(prepared.call().operationId());
            } catch (InterruptedException e) {
                applied.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                throw AttemptRules.credentialFailure(prepared, e.getCause());
            } catch (Throwable e) { // an Error from apply, a null future, a cancelled one
                throw AttemptRules.credentialFailure(prepared, e);
            }
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
    private <E extends Throwable> E finish(E error) {
        CallResult end = new CallResult(lastStatus, Duration.ofNanos(System.nanoTime() - startNanos), attempts,
                prepared.requestBytes(), responseBytes, error);
        Observers.safely(() -> observation.onEnd(end));
        return error;
    }

    /**
     * Ends the call with {@code error} and throws it as it is: a runtime exception or an Error, or a
     * checked exception that user code (a decoder) threw without declaring it.
     */
    private RuntimeException end(Throwable error) {
        throw BlockingExecution.<RuntimeException>unchecked(finish(error));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E unchecked(Throwable error) throws E {
        throw (E) error;
    }
}
