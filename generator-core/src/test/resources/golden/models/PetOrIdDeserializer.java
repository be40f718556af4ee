package com.example.petstore.model;

import io.github.contractgen.runtime.json.UnionDeserializer;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Decodes {@link PetOrId} by trying its variants in contract order; Jackson finds it
 * through {@code @JsonDeserialize}. Package-private: Jackson's types stay out of the
 * public API.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
final class PetOrIdDeserializer extends UnionDeserializer<PetOrId> {
    private static final long serialVersionUID = 1L;

    public PetOrIdDeserializer() {
        super(PetOrId.class, List.of(Pet.class, PetOrId.LongValue.class));
    }
}
