package io.github.contractgen.runtime.observe;

import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls observer code so that it can never fail a call: an exception from an observer is logged at
 * FINE with the observer's class and otherwise ignored.
 *
 * @since 0.1.0
 */
public final class Observers {

    private static final Logger LOG = Logger.getLogger(Observers.class.getName());

    private Observers() {}

    /** {@code observer.start(call)}, or a no-op observation when the observer throws. */
    public static Observation safeStart(Observer observer, CallInfo call) {
        try {
            Observation observation = observer.start(call);
            return observation == null ? Observation.NOOP : observation;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "observer " + observer.getClass().getName() + " failed on start", e);
            return Observation.NOOP;
        }
    }

    /** {@code observer.start(call, receivedHeader)}, or a no-op observation when the observer throws. */
    public static Observation safeStart(Observer observer, CallInfo call, Function<String, String> receivedHeader) {
        try {
            Observation observation = observer.start(call, receivedHeader);
            return observation == null ? Observation.NOOP : observation;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "observer " + observer.getClass().getName() + " failed on start", e);
            return Observation.NOOP;
        }
    }

    /** Runs one observer callback, swallowing (and logging at FINE) what it throws. */
    public static void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "observer callback failed", e);
        }
    }
}
