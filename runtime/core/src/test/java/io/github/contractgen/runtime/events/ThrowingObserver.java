package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.faults.Faults;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An observer that throws a {@link Faults.Fault} wherever it is called: from {@code start}, or from
 * every callback of the observation it returns ({@code inject} after adding a header, {@code onAttempt},
 * {@code onEnd}). Shared with the Kafka and MQTT tests through the test jar.
 */
public final class ThrowingObserver implements Observer {

    /** Where the observer throws. */
    public enum Where { START, CALLBACKS }

    private final Faults.Fault fault;
    private final Where where;

    public ThrowingObserver(Faults.Fault fault, Where where) {
        this.fault = fault;
        this.where = where;
    }

    @Override
    public Observation start(CallInfo call) {
        if (where == Where.START) {
            fault.raise();
        }
        return new Observation() {
            @Override
            public void inject(BiConsumer<String, String> headers) {
                headers.accept("traceparent", RecordingObserver.TRACEPARENT);
                fault.raise();
            }

            @Override
            public void onAttempt(AttemptInfo attempt) {
                fault.raise();
            }

            @Override
            public void onEnd(CallResult result) {
                fault.raise();
            }
        };
    }

    @Override
    public Observation start(CallInfo call, Function<String, String> receivedHeader) {
        receivedHeader.apply("traceparent");
        return start(call);
    }

    @Override
    public String toString() {
        return fault + " from " + (where == Where.START ? "start" : "each callback");
    }
}
