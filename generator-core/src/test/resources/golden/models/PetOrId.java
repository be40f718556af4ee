package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import javax.annotation.processing.Generated;

/**
 * A pet, or just its id.
 *
 * <p>One of {@link Pet}, {@link LongValue}; decoding tries them in this order and takes the first that
 * matches.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonDeserialize(
        using = PetOrIdDeserializer.class
)
public sealed interface PetOrId permits Pet, PetOrId.LongValue {
    /**
     * The variant of {@link PetOrId} that is {@code int64}.
     *
     * @param value the value, written to JSON as it is
     */
    @JsonDeserialize(
            using = JsonDeserializer.None.class
    )
    record LongValue(@JsonValue long value) implements PetOrId {
    }
}
