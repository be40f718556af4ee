package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import javax.annotation.processing.Generated;

/**
 * Either a pick-up in a shop or a delivery to an address.
 *
 * <p>One of {@link PickUp}, {@link Address}; decoding tries them in this order and takes the first that
 * matches.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonDeserialize(
        using = DeliveryDeserializer.class
)
public sealed interface Delivery permits PickUp, Address {
}
