package io.github.contractgen.demo;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
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

    /**
     * A small table: one line per call with its kind, operation, method, target, status, attempts and
     * time; a message has no status, shown as {@code -}, and gRPC names lose their package to fit.
     */
    public String table() {
        String row = "%-15s %-24s %-16s %-28s %6s %8s %9s %s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, row,
                "kind", "operation", "method", "target", "status", "attempts", "millis", "error"));
        for (Seen call : seen) {
            CallResult result = call.result();
            CallInfo info = call.call();
            boolean grpc = info.kind() == CallKind.GRPC;
            table.append(String.format(Locale.ROOT, row, info.kind(), grpc ? withoutPackage(info.operation()) : info.operation(),
                    info.method(), grpc ? withoutPackage(info.target()) : info.target(),
                    result.status() < 0 ? "-" : String.valueOf(result.status()),
                    result.attempts(), result.duration().toMillis(),
                    result.error() == null ? "" : result.error().getClass().getSimpleName()));
        }
        return table.toString();
    }

    /** A full gRPC method name, {@code contractgen.sample.inventory.v1.Inventory/GetItem}, as {@code Inventory/GetItem}. */
    private static String withoutPackage(String fullMethodName) {
        int slash = fullMethodName.indexOf('/');
        return fullMethodName.substring(fullMethodName.lastIndexOf('.', slash) + 1);
    }
}
