package io.github.contractgen.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What every generated open enum has in common: the value as it is sent on the wire, the constant of
 * the contract's values it stands for, and equality by value.
 *
 * <p>A generated open enum is a final class with one constant per value the contract lists and a
 * nested Java enum {@code Known} of those values plus {@code UNRECOGNIZED}. An instance for a value
 * the contract does not list keeps the value and reports {@code UNRECOGNIZED}, so that a value added
 * to the service after the code was generated survives decoding and encoding. The part that does not
 * depend on the values lives here, once, rather than in each of the thousands of such classes a large
 * contract generates.
 *
 * @param <V> the type of the values: {@code String}, or {@code Integer}/{@code Long} for integer enums
 * @param <K> the generated {@code Known} enum
 * @since 0.1.0
 */
public abstract class OpenEnum<V, K extends Enum<K>> {

    private final V value;
    private final K known;
    private final boolean listed;

    /**
     * @param value the value as it is sent on the wire
     * @param known the constant to switch on
     * @param listed whether the contract lists the value ({@code known} is then not {@code UNRECOGNIZED})
     */
    protected OpenEnum(V value, K known, boolean listed) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = Objects.requireNonNull(known, "known");
        this.listed = listed;
    }

    /**
     * The value as it is sent on the wire.
     *
     * @return the value
     */
    @JsonValue
    public final V value() {
        return value;
    }

    /**
     * The constant to switch on: {@code Known.UNRECOGNIZED} for a value the contract does not list.
     *
     * @return the constant of this value
     */
    public final K known() {
        return known;
    }

    /**
     * Whether the contract lists this value.
     *
     * @return false for a value the service added after the contract
     */
    public final boolean isKnown() {
        return listed;
    }

    /** Equal when of the same class with the same value: an unknown value decoded twice gives equal instances. */
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((OpenEnum<?, ?>) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /**
     * The value as it is sent on the wire.
     *
     * @return the value as text
     */
    @Override
    public final String toString() {
        return value.toString();
    }
}
