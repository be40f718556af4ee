package io.github.contractgen.runtime.opentelemetry;

import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;

/**
 * A faulty observer that throws with the call's error as cause, so that the runtime logs that error
 * with its whole stack trace: what a log would show of a failed call.
 */
final class RethrowingObserver implements Observer {

    @Override
    public Observation start(CallInfo call) {
        return new Observation() {
            @Override
            public void onEnd(CallResult result) {
                throw new IllegalStateException("observer failed after " + call.operation(), result.error());
            }
        };
    }
}
