package io.github.contractgen.testsupport.faults;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A switch a test puts into a hook (an observer callback, a handler, a decoder) to make it throw on
 * chosen calls: {@link #hit()} at the start of the hook throws when the switch is armed for that call,
 * and counts the call either way. Thread-safe.
 *
 * <pre>{@code
 * FaultSwitch onAttempt = FaultSwitch.always(Faults.userCodeErrors().get(0));
 * Observer observer = call -> new Observation() {
 *     public void onAttempt(AttemptInfo attempt) { onAttempt.hit(); }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FaultSwitch {

    private final AtomicReference<Faults.Fault> fault;
    private final int fromCall;
    private final int untilCall;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger thrown = new AtomicInteger();

    private FaultSwitch(Faults.Fault fault, int fromCall, int untilCall) {
        this.fault = new AtomicReference<>(fault);
        this.fromCall = fromCall;
        this.untilCall = untilCall;
    }

    /** Never throws; counts calls. */
    public static FaultSwitch off() {
        return new FaultSwitch(null, 1, 0);
    }

    /** Throws {@code fault} on every call. */
    public static FaultSwitch always(Faults.Fault fault) {
        return new FaultSwitch(Objects.requireNonNull(fault, "fault"), 1, Integer.MAX_VALUE);
    }

    /** Throws {@code fault} on the first {@code calls} calls only, then lets calls through. */
    public static FaultSwitch firstCalls(Faults.Fault fault, int calls) {
        return new FaultSwitch(Objects.requireNonNull(fault, "fault"), 1, calls);
    }

    /** Throws {@code fault} on call number {@code call} (1-based) only. */
    public static FaultSwitch onCall(Faults.Fault fault, int call) {
        return new FaultSwitch(Objects.requireNonNull(fault, "fault"), call, call);
    }

    /** Counts this call and throws when the switch is armed for it. */
    public void hit() {
        int call = calls.incrementAndGet();
        Faults.Fault armed = fault.get();
        if (armed != null && call >= fromCall && call <= untilCall) {
            thrown.incrementAndGet();
            armed.raise();
        }
    }

    /** Disarms the switch: later calls go through. */
    public void disarm() {
        fault.set(null);
    }

    /** How many calls reached the switch. */
    public int calls() {
        return calls.get();
    }

    /** How many of them it threw on. */
    public int thrown() {
        return thrown.get();
    }
}
