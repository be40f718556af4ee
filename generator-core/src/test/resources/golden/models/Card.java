package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Card} type of the contract.
 *
 * @param number the {@code number} property
 * @param expiry the {@code expiry} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record Card(
        @JsonProperty(value = "number", required = true) @JsonSetter(nulls = Nulls.FAIL) String number,
        @JsonProperty("expiry") @Nullable String expiry) implements PaymentMethod {
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
