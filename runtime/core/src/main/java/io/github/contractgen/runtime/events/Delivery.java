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
 * <p>Whatever the handler throws, an {@link Error} included, is a failed attempt: retried as the
 * {@link DeliveryPolicy} says, then dead-lettered, and {@link #deliver} returns normally so that the
 * transport goes on with the next message. A {@link MalformedMessageException} is dead-lettered at once.
 * A dead-letter callback that throws (anything) is called again after a pause.
 *
 * <p>Transports call {@link #deliver} on their consumer thread, one message at a time, and acknowledge
 * (commit) the message only when it returns true. {@link #stop} ends the waits between attempts, so that
 * closing a subscription does not wait for a backoff; {@link #awaitOrAbandon} then waits for a handler
 * still running, up to the policy's {@linkplain DeliveryPolicy#closeGrace() close grace}, and gives up on
 * it after that. The observer sees one call per message and one attempt per handler call. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());
    private static final Duration MIN_DEAD_LETTER_PAUSE = Duration.ofMillis(100);

    private final SubscriptionSpec spec;
    private final MessageHandler handler;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object lock = new Object();
    /** When {@link #stop} was first called. Guarded by {@link #lock}. */
    private long stoppedAt;
    /** The thread inside {@link #deliver}, and its message; null when idle. Guarded by {@link #lock}. */
    private Thread delivering;
    private IncomingMessage current;
    /** Whether {@link #awaitOrAbandon} gave up on the delivery under way. Guarded by {@link #lock}. */
    private boolean abandoned;

    public Delivery(SubscriptionSpec spec, MessageHandler handler) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Delivers {@code message}: true when it was handled or dead-lettered (acknowledge it), false when
     * the delivery was stopped first or abandoned by {@link #awaitOrAbandon} (leave it unacknowledged so
     * that it is delivered again). Never throws for what the handler, observer or dead-letter callback throw.
     */
    public boolean deliver(IncomingMessage message) {
        Objects.requireNonNull(message, "message");
        if (!enter(message)) {
            return false;
        }
        boolean done = false;
        try {
            done = attempts(message);
        } finally {
            if (leave()) {
                done = false;
            }
        }
        return done;
    }

    /**
     * Ends every wait between attempts; later {@link #deliver} calls return false at once. The close
     * grace of {@link #awaitOrAbandon} counts from the first call.
     */
    public void stop() {
        synchronized (lock) {
            if (!isStopped()) {
                stoppedAt = System.nanoTime();
                stopped.countDown();
            }
        }
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /**
     * Stops (see {@link #stop}) and waits up to the policy's close grace, counted from the first
     * {@link #stop}, until no {@link #deliver} call is under way (at once when called from the
     * delivering thread itself: a handler closing its subscription). When one still is, gives up on it:
     * its {@code deliver} will return false however the handler ends, so its message is not
     * acknowledged; its thread is interrupted; a WARNING names the handler (the operation and address
     * pattern, the message's address) with the thread's stack. Returns at once after that, without
     * waiting for a handler that ignores the interrupt.
     *
     * @return true when no delivery was left running, false when one was abandoned
     */
    public boolean awaitOrAbandon() {
        stop();
        synchronized (lock) {
            long deadline = stoppedAt + spec.policy().closeGrace().toNanos();
            while (delivering != null && delivering != Thread.currentThread()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    abandon();
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abandon();
                    return false;
                }
            }
            return true;
        }
    }

    /** Called with the lock held, while a delivery is under way. */
    private void abandon() {
        abandoned = true;
        Throwable stack = new Throwable("where the handler thread '" + delivering.getName() + "' was");
        stack.setStackTrace(delivering.getStackTrace());
        LOG.log(Level.WARNING, handlerName() + " did not finish within " + spec.policy().closeGrace()
                + " of close(); interrupting it and leaving its message on '" + current.address()
                + "' unacknowledged", stack);
        delivering.interrupt();
    }

    private String handlerName() {
        String operation = spec.call() == null ? "" : " of operation '" + spec.call().operation() + "'";
        return "the handler" + operation + " on '" + spec.addressPattern() + "'";
    }

    private boolean enter(IncomingMessage message) {
        synchronized (lock) {
            if (isStopped()) {
                return false;
            }
            delivering = Thread.currentThread();
            current = message;
            abandoned = false;
            return true;
        }
    }

    /** Ends a delivery; true when it was abandoned (then the interrupt meant for the handler is cleared). */
    private boolean leave() {
        synchronized (lock) {
            delivering = null;
            current = null;
            lock.notifyAll();
            if (abandoned) {
                Thread.interrupted();
            }
            return abandoned;
        }
    }

    private boolean isAbandoned() {
        synchronized (lock) {
            return abandoned;
        }
    }

    private boolean attempts(IncomingMessage message) {
        Observation observation = observe(message);
        long start = System.nanoTime();
        Throwable last = null;
        int attempts = 0;
        while (attempts < spec.policy().maxAttempts()) {
            if (attempts > 0 && !pause(spec.policy().backoffAfter(attempts))) {
                end(observation, start, attempts, message, new IllegalStateException("subscription closed", last));
                return false;
            }
            attempts++;
            last = attempt(observation, attempts, message);
            if (isAbandoned()) {
                end(observation, start, attempts, message, new IllegalStateException(
                        "subscription closed before the handler finished; the message stays unacknowledged", last));
                return false;
            }
            if (last == null) {
                end(observation, start, attempts, message, null);
                return true;
            }
            if (last instanceof MalformedMessageException) {
                break; // the same bytes fail the same way: no attempt would help
            }
        }
        boolean parked = deadLetter(message, attempts, last);
        end(observation, start, attempts, message, last);
        return parked;
    }

    private Observation observe(IncomingMessage message) {
        if (spec.call() == null || spec.observer() == Observer.NOOP) {
            return Observation.NOOP; // and no lookup over the headers for an observer that never reads them
        }
        return Observers.safeStart(spec.observer(), spec.call(), ReceivedHeaders.lookup(message.headers()));
    }

    /** One handler call: null when it returned, else what it threw, whatever that is. */
    private Throwable attempt(Observation observation, int attempt, IncomingMessage message) {
        long start = System.nanoTime();
        Throwable error = null;
        try {
            handler.handle(message);
        } catch (Throwable e) {
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

    private boolean deadLetter(IncomingMessage message, int attempts, Throwable last) {
        Duration pause = max(spec.policy().maxBackoff(), MIN_DEAD_LETTER_PAUSE);
        while (true) {
            try {
                spec.deadLetters().deadLetter(message, attempts, last);
                return true;
            } catch (Throwable e) {
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

    private static void end(Observation observation, long start, int attempts, IncomingMessage message, Throwable error) {
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
