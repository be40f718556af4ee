package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code Card} type of the contract.
 *
 * @param type the {@code type} property.
 * Set to {@code card} when absent: the discriminator value that selects this type.
 * @param number the {@code number} property
 * @param expiry the {@code expiry} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Card(@JsonProperty("type") String type,
        @JsonProperty(value = "number", required = true) String number,
        @JsonProperty(value = "expiry", required = true) String expiry) implements PaymentMethod {
    public Card {
        if (type == null) {
            type = "card";
        }
    }
}
