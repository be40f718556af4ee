package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import javax.annotation.processing.Generated;

/**
 * The {@code Address} type of the contract.
 *
 * @param street the {@code street} property
 * @param city the {@code city} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
        using = JsonDeserializer.None.class
)
public record Address(
        @JsonProperty(value = "street", required = true) @JsonSetter(nulls = Nulls.FAIL) String street,
        @JsonProperty(value = "city", required = true) @JsonSetter(nulls = Nulls.FAIL) String city) implements Delivery {
}
