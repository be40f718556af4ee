package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;

/**
 * The {@code Error} type of the contract.
 *
 * @param code the {@code code} property
 * @param message the {@code message} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorModel(@JsonProperty(value = "code", required = true) int code,
        @JsonProperty(value = "message", required = true) @JsonSetter(nulls = Nulls.FAIL) String message) {
}
