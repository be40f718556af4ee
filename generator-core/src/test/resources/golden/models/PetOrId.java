package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.contractgen.runtime.json.UnionDeserializer;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A pet, or just its id.
 *
 * <p>One of {@link Pet}, {@link LongValue}; decoding tries them in this order and takes the first that
 * matches.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from contracts/petstore.yaml"
)
@JsonDeserialize(
        using = PetOrId.Deserializer.class
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

    /**
     * Decodes {@link PetOrId} by trying its variants in contract order; Jackson finds it
     * through {@code @JsonDeserialize}.
     */
    final class Deserializer extends UnionDeserializer<PetOrId> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(PetOrId.class, List.of(Pet.class, LongValue.class));
        }
    }
}
