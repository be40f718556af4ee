package io.github.contractgen.runtime.observe;

import java.util.function.BiConsumer;

/**
 * One call as an observer follows it: created by {@link Observer#start}, told of each attempt and of
 * the end, exactly once each. It may keep per-call state (a timer sample, a span). Every method has a
 * no-op default.
 *
 * @since 0.1.0
 */
public interface Observation {

    Observation NOOP = new Observation() {};

    /**
     * Lets the observation add headers or metadata to the outgoing request or message before each
     * attempt (W3C {@code traceparent}, for example).
     */
    default void inject(BiConsumer<String, String> headers) {}

    default void onAttempt(AttemptInfo attempt) {}

    default void onEnd(CallResult result) {}
}
