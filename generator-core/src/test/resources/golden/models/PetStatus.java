package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.contractgen.runtime.OpenEnum;
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
public final class PetStatus extends OpenEnum<String, PetStatus.Known> {
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

    private PetStatus(String value, Known known) {
        super(value, known, known != Known.UNRECOGNIZED);
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
