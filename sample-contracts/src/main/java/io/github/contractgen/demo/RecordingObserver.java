package io.github.contractgen.demo;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** An observer that keeps what it saw, for the demo's closing table and for tests. */
public final class RecordingObserver implements Observer {

    /** One finished call. */
    public record Seen(CallInfo call, List<AttemptInfo> attempts, CallResult result) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Override
    public Observation start(CallInfo call) {
        List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        return new Observation() {
            @Override
            public void onAttempt(AttemptInfo attempt) {
                attempts.add(attempt);
            }

            @Override
            public void onEnd(CallResult result) {
                seen.add(new Seen(call, List.copyOf(attempts), result));
            }
        };
    }

    /** Every finished call, in the order they ended. */
    public List<Seen> seen() {
        return new ArrayList<>(seen);
    }

    /** A small table: one line per call with operation, method, target, status, attempts and time. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %-7s %-26s %6s %8s %9s %s%n", "operation", "method", "target", "status", "attempts", "millis", "error"));
        for (Seen call : seen) {
            CallResult result = call.result();
            table.append(String.format(Locale.ROOT, "%-14s %-7s %-26s %6d %8d %9d %s%n",
                    call.call().operation(), call.call().method(), call.call().target(), result.status(),
                    result.attempts(), result.duration().toMillis(),
                    result.error() == null ? "" : result.error().getClass().getSimpleName()));
        }
        return table.toString();
    }
}
