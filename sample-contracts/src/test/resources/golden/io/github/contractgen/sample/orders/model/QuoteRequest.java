package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.processing.Generated;

/**
 * The {@code QuoteRequest} type of the contract.
 *
 * @param petId the {@code petId} property
 * @param quantity the {@code quantity} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteRequest(@JsonProperty(value = "petId", required = true) long petId,
        @JsonProperty(value = "quantity", required = true) int quantity) {
}
