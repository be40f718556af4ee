package io.github.contractgen.sample.petstore.model;

import io.github.contractgen.runtime.json.UnionDeserializer;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Decodes {@link Delivery} by trying its variants in contract order; Jackson finds it
 * through {@code @JsonDeserialize}. Package-private: Jackson's types stay out of the
 * public API.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
final class DeliveryDeserializer extends UnionDeserializer<Delivery> {
    private static final long serialVersionUID = 1L;

    public DeliveryDeserializer() {
        super(Delivery.class, List.of(PickUp.class, Address.class));
    }
}
