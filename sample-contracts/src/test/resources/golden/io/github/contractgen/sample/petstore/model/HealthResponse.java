package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code HealthResponse} type of the contract.
 *
 * @param status the {@code status} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthResponse(@JsonProperty("status") @Nullable String status) {
}
