package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;

/**
 * The {@code Card} type of the contract.
 *
 * @param number the {@code number} property
 * @param expiry the {@code expiry} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Card(
        @JsonProperty(value = "number", required = true) @JsonSetter(nulls = Nulls.FAIL) String number,
        @JsonProperty(value = "expiry", required = true) @JsonSetter(nulls = Nulls.FAIL) String expiry) implements PaymentMethod {
    /**
     * The {@code type} discriminator: always {@code card}, the value that selects this type.
     *
     * @return {@code card}
     */
    @JsonProperty(
            value = "type",
            access = JsonProperty.Access.READ_ONLY
    )
    public String type() {
        return "card";
    }
}
