package io.github.contractgen.generator.emit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A bug in contractgen met while emitting code, with where it happened: contract, service, emitter,
 * and the type or operation when known.
 *
 * <p>Emitters are expected never to fail on a contract the reader accepted, so a failure is ours, not
 * the user's; but "index 1 for '$ ' not in range" alone tells nobody which of forty contracts to look
 * at. Each level that knows something wraps its work in {@link #during}, and the message reads from
 * the outside in: {@code contract api.yaml, service Api, emitter ModelEmitter, type Pet: <cause>}.
 */
public final class EmitFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;

    private EmitFailure(String where, Throwable cause) {
        super(where + ": " + cause, cause);
        this.where = where;
    }

    /** Where it happened, outermost first, without the cause. */
    public String where() {
        return where;
    }

    /**
     * Runs {@code work}; a runtime exception it throws comes out as an {@code EmitFailure} whose place
     * starts with {@code where}.
     *
     * @param where what is being emitted, e.g. {@code "type 'Pet'"}
     */
    public static <T> T during(String where, Supplier<T> work) {
        Objects.requireNonNull(where, "where");
        try {
            return work.get();
        } catch (EmitFailure inner) {
            throw new EmitFailure(where + ", " + inner.where, inner.getCause());
        } catch (RuntimeException e) {
            throw new EmitFailure(where, e);
        }
    }
}
