package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An observer that records what it is told and injects a fixed {@code traceparent}; shared with the
 * Kafka and MQTT tests through the test jar.
 */
public final class RecordingObserver implements Observer {

    public static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    /** One observed call: what started it, the received headers it asked for, its attempts, its end. */
    public static final class Call {
        public final CallInfo info;
        public final Map<String, String> seenHeaders;
        public final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        public volatile CallResult result;

        Call(CallInfo info, Map<String, String> seenHeaders) {
            this.info = info;
            this.seenHeaders = seenHeaders;
        }
    }

    /** Calls in the order they ended. */
    public final LinkedBlockingQueue<Call> ended = new LinkedBlockingQueue<>();

    @Override
    public Observation start(CallInfo call) {
        return observation(new Call(call, Map.of()));
    }

    @Override
    public Observation start(CallInfo call, Function<String, String> receivedHeader) {
        java.util.TreeMap<String, String> seen = new java.util.TreeMap<>();
        for (String name : List.of("traceparent", "Authorization", "x-password")) {
            String value = receivedHeader.apply(name);
            if (value != null) {
                seen.put(name, value);
            }
        }
        return observation(new Call(call, seen));
    }

    private Observation observation(Call call) {
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                headers.accept("traceparent", TRACEPARENT);
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                call.attempts.add(attempt);
            }

            @Override
            public void onEnd(CallResult result) {
                call.result = result;
                ended.add(call);
            }
        };
    }
}
