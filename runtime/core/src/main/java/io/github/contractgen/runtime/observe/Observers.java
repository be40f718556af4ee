package io.github.contractgen.runtime.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls observer code so that it can never change a call: whatever an observer throws, an
 * {@link Error} included, is logged and otherwise ignored. The first failure of each observer class
 * (of each callback site, for {@link #safely}) is logged at WARNING with its stack trace, later ones at
 * FINE, so that an observer failing on every call does not flood the log.
 *
 * @since 0.1.0
 */
public final class Observers {

    private static final Logger LOG = Logger.getLogger(Observers.class.getName());
    private static final Set<Class<?>> REPORTED = ConcurrentHashMap.newKeySet();

    private Observers() {}

    /** {@code observer.start(call)}, or a no-op observation when the observer throws. */
    public static Observation safeStart(Observer observer, CallInfo call) {
        return started(observer, () -> observer.start(call));
    }

    /** {@code observer.start(call, receivedHeader)}, or a no-op observation when the observer throws. */
    public static Observation safeStart(Observer observer, CallInfo call, Function<String, String> receivedHeader) {
        return started(observer, () -> observer.start(call, receivedHeader));
    }

    /** Runs one observer callback, logging and otherwise ignoring whatever it throws. */
    public static void safely(Runnable callback) {
        try {
            callback.run();
        } catch (Throwable e) {
            report(callback.getClass(), "observer callback failed", e);
        }
    }

    private static Observation started(Observer observer, Supplier<Observation> start) {
        try {
            Observation observation = start.get();
            return observation == null ? Observation.NOOP : observation;
        } catch (Throwable e) {
            report(observer.getClass(), "observer " + observer.getClass().getName() + " failed on start", e);
            return Observation.NOOP;
        }
    }

    private static void report(Class<?> source, String message, Throwable e) {
        Level level = REPORTED.add(source) ? Level.WARNING : Level.FINE;
        LOG.log(level, message + " (ignored; the call goes on)", e);
    }
}
