package io.github.contractgen.runtime.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Monitoring hooks for every kind of call: HTTP requests, gRPC calls, messages sent and received.
 * Implementations must be thread-safe and must not throw; an exception from an observer is caught and
 * does not fail the call. Observers never see secrets: no credentials, no header values, no query.
 *
 * @since 0.1.0
 */
public interface Observer {

    /** Observes nothing. */
    Observer NOOP = new Observer() {};

    /** Called once when a call starts, before its first attempt. */
    default Observation start(CallInfo call) {
        return Observation.NOOP;
    }

    /**
     * Called instead of {@link #start(CallInfo)} for a call that may continue a trace begun elsewhere:
     * a message received. {@code receivedHeader} looks up a header of the received message by name,
     * ignoring case, and returns null when it is absent; it never returns the value of a header that
     * carries a secret. A tracing observer reads {@code traceparent} here to make the producer's span
     * the parent. The default ignores the headers.
     *
     * @since 0.1.0
     */
    default Observation start(CallInfo call, Function<String, String> receivedHeader) {
        return start(call);
    }

    /** One observer that hands every event to each of {@code observers} in order. */
    static Observer chain(List<? extends Observer> observers) {
        List<Observer> live = new ArrayList<>();
        for (Observer observer : observers) {
            Objects.requireNonNull(observer, "observer");
            if (observer != NOOP) {
                live.add(observer);
            }
        }
        if (live.isEmpty()) {
            return NOOP;
        }
        if (live.size() == 1) {
            return live.get(0);
        }
        return new ChainedObserver(List.copyOf(live));
    }
}
