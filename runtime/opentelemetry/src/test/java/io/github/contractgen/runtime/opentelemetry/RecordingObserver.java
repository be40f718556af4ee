package io.github.contractgen.runtime.opentelemetry;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/** Writes down, as text, every field of every event an observer gets, errors' stack traces included. */
final class RecordingObserver implements Observer {

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public Observation start(CallInfo call) {
        events.add("start " + call);
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                events.add("inject");
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                events.add("attempt " + attempt + (attempt.error() == null ? "" : LogCapture.text(attempt.error())));
            }

            @Override
            public void onEnd(CallResult result) {
                events.add("end " + result + (result.error() == null ? "" : LogCapture.text(result.error())));
            }
        };
    }

    long calls() {
        return events.stream().filter(e -> e.startsWith("start ")).count();
    }

    String everything() {
        return String.join("\n", events);
    }
}
