package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.runtime.observe.Observers;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery rules every transport shares, so that they behave alike: runs a subscription's handler
 * on one message with retries and backoff, then hands it to the dead-letter callback, and tells the
 * transport whether the message may now be acknowledged.
 *
 * <p>Transports call {@link #deliver} on their consumer thread and acknowledge (commit) the message
 * only when it returns true. {@link #stop} ends the waits between attempts, so that closing a
 * subscription does not wait for a backoff; a handler already running is never interrupted. The
 * observer sees one call per message and one attempt per handler call. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());
    private static final Duration MIN_DEAD_LETTER_PAUSE = Duration.ofMillis(100);

    private final SubscriptionSpec spec;
    private final MessageHandler handler;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public Delivery(SubscriptionSpec spec, MessageHandler handler) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Delivers {@code message}: true when it was handled or dead-lettered (acknowledge it), false when
     * the delivery was stopped first (leave it unacknowledged so that it is delivered again).
     */
    public boolean deliver(IncomingMessage message) {
        Objects.requireNonNull(message, "message");
        if (isStopped()) {
            return false;
        }
        Observation observation = observe(message);
        long start = System.nanoTime();
        Exception last = null;
        int attempts = 0;
        while (attempts < spec.policy().maxAttempts()) {
            if (attempts > 0 && !pause(spec.policy().backoffAfter(attempts))) {
                end(observation, start, attempts, message, new IllegalStateException("subscription closed", last));
                return false;
            }
            attempts++;
            last = attempt(observation, attempts, message);
            if (last == null) {
                end(observation, start, attempts, message, null);
                return true;
            }
        }
        boolean parked = deadLetter(message, attempts, last);
        end(observation, start, attempts, message, last);
        return parked;
    }

    /** Ends every wait between attempts; later {@link #deliver} calls return false at once. */
    public void stop() {
        stopped.countDown();
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private Observation observe(IncomingMessage message) {
        if (spec.call() == null || spec.observer() == Observer.NOOP) {
            return Observation.NOOP; // and no lookup over the headers for an observer that never reads them
        }
        return Observers.safeStart(spec.observer(), spec.call(), ReceivedHeaders.lookup(message.headers()));
    }

    /** One handler call: null when it returned, else what it threw. */
    private Exception attempt(Observation observation, int attempt, IncomingMessage message) {
        long start = System.nanoTime();
        Exception error = null;
        try {
            handler.handle(message);
        } catch (Exception e) {
            error = e;
            LOG.log(Level.FINE, "handler failed on attempt " + attempt + " for a message on '" + message.address() + "'", e);
        }
        if (observation == Observation.NOOP) {
            return error;
        }
        AttemptInfo info = new AttemptInfo(attempt, -1, since(start), error);
        Observers.safely(() -> observation.onAttempt(info));
        return error;
    }

    private boolean deadLetter(IncomingMessage message, int attempts, Exception last) {
        Duration pause = max(spec.policy().maxBackoff(), MIN_DEAD_LETTER_PAUSE);
        while (true) {
            try {
                spec.deadLetters().deadLetter(message, attempts, last);
                return true;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "dead-letter callback failed for a message on '" + message.address()
                        + "'; calling it again in " + pause.toMillis() + " ms", e);
            }
            if (!pause(pause)) {
                return false;
            }
        }
    }

    /** Waits {@code delay}; false when stopped (or interrupted) meanwhile. */
    private boolean pause(Duration delay) {
        try {
            return !stopped.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void end(Observation observation, long start, int attempts, IncomingMessage message, Exception error) {
        if (observation == Observation.NOOP) {
            return;
        }
        CallResult result = new CallResult(-1, since(start), attempts, -1, message.payload().length, error);
        Observers.safely(() -> observation.onEnd(result));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
