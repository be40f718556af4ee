package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One of {@code available}, {@code pending} or {@code sold}.
 *
 * <p>An open enum: besides the constants below it holds any value the service sends,
 * so a value this client does not know survives decoding and encoding.
 * Switch on {@link #known()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
public final class PetStatus {
    /**
     * {@code available}
     */
    public static final PetStatus AVAILABLE = new PetStatus("available", Known.AVAILABLE);

    /**
     * {@code pending}
     */
    public static final PetStatus PENDING = new PetStatus("pending", Known.PENDING);

    /**
     * {@code sold}
     */
    public static final PetStatus SOLD = new PetStatus("sold", Known.SOLD);

    private final String value;

    private final Known known;

    private PetStatus(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The instance for {@code value}: the constant when the contract lists the value,
     * else a new instance that keeps it.
     *
     * @param value the value as it is sent on the wire
     * @return the instance, never null
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static PetStatus of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "available" -> AVAILABLE;
            case "pending" -> PENDING;
            case "sold" -> SOLD;
            default -> new PetStatus(value, Known.UNRECOGNIZED);
        };
    }

    /**
     * Every value the contract lists, in contract order.
     *
     * @return the constants, unmodifiable
     */
    public static List<PetStatus> knownValues() {
        return List.of(AVAILABLE, PENDING, SOLD);
    }

    /**
     * The value as it is sent on the wire.
     *
     * @return the value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * The constant to switch on: {@link Known#UNRECOGNIZED} for a value the contract does not list.
     *
     * @return the constant of this value
     */
    public Known known() {
        return known;
    }

    /**
     * Whether the contract lists this value.
     *
     * @return false for a value the service added after the contract
     */
    public boolean isKnown() {
        return known != Known.UNRECOGNIZED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PetStatus that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The value as it is sent on the wire.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }

    /**
     * The values of {@link PetStatus} that the contract lists, as a Java enum for switch
     * statements.
     */
    public enum Known {
        /**
         * {@code available}
         */
        AVAILABLE,

        /**
         * {@code pending}
         */
        PENDING,

        /**
         * {@code sold}
         */
        SOLD,

        /**
         * A value the contract does not list, for example one added to the service after this
         * code was generated.
         */
        UNRECOGNIZED
    }
}
