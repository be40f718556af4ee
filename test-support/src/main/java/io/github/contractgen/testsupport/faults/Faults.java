package io.github.contractgen.testsupport.faults;

import java.util.List;
import java.util.function.Supplier;

/**
 * What user code handed to generated code may throw, as fresh throwables: the ordinary runtime
 * exception, and the {@link Error}s that code catching only {@code Exception} lets through and that
 * have killed consumer threads and left futures pending before.
 *
 * <p>Each entry is a supplier so that every injection throws a new instance (a thrown throwable
 * collects suppressed exceptions and its stack trace; sharing one between tests would mix them).
 * Tests run a case per entry:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("io.github.contractgen.testsupport.faults.Faults#userCodeFailures")
 * void handlerFailureIsRetriedThenDeadLettered(Fault fault) { ... fault.create() ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Faults {

    private Faults() {}

    /** One kind of failure, by name (shown in test reports) and how to make it. */
    public record Fault(String name, Supplier<Throwable> maker) {

        /** A new instance of this failure. */
        public Throwable create() {
            return maker.get();
        }

        /** Throws a new instance of this failure, whether checked, unchecked or an error. */
        public void raise() {
            throw Faults.<RuntimeException>sneaky(create());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every failure user code may throw: a {@code RuntimeException}, a checked exception thrown
     * sneakily, {@code AssertionError}, {@code NoClassDefFoundError}, {@code StackOverflowError} and
     * {@code ExceptionInInitializerError}.
     */
    public static List<Fault> userCodeFailures() {
        return List.of(
                new Fault("RuntimeException", () -> new IllegalStateException("injected by a test")),
                new Fault("checked Exception", () -> new java.io.IOException("injected by a test")),
                new Fault("AssertionError", () -> new AssertionError("injected by a test")),
                new Fault("NoClassDefFoundError", () -> new NoClassDefFoundError("injected/by/ATest")),
                new Fault("StackOverflowError", () -> new StackOverflowError("injected by a test")),
                new Fault("ExceptionInInitializerError",
                        () -> new ExceptionInInitializerError(new IllegalStateException("injected by a test"))));
    }

    /** Only the {@link Error}s of {@link #userCodeFailures()}: what code catching {@code Exception} misses. */
    public static List<Fault> userCodeErrors() {
        return userCodeFailures().stream().filter(fault -> fault.create() instanceof Error).toList();
    }

    /** An {@code OutOfMemoryError}, for paths that must not take it for an I/O failure (and not retry it). */
    public static Fault outOfMemory() {
        return new Fault("OutOfMemoryError", () -> new OutOfMemoryError("injected by a test"));
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
