package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.contractgen.runtime.json.UnionDeserializer;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Either a pick-up in a shop or a delivery to an address.
 *
 * <p>One of {@link PickUp}, {@link Address}; decoding tries them in this order and takes the first that
 * matches.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from petstore.yaml"
)
@JsonDeserialize(
        using = Delivery.Deserializer.class
)
public sealed interface Delivery permits PickUp, Address {
    /**
     * Decodes {@link Delivery} by trying its variants in contract order; Jackson finds it
     * through {@code @JsonDeserialize}.
     */
    final class Deserializer extends UnionDeserializer<Delivery> {
        private static final long serialVersionUID = 1L;

        public Deserializer() {
            super(Delivery.class, List.of(PickUp.class, Address.class));
        }
    }
}
