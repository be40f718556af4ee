package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;

/**
 * The {@code OrderQuote} type of the contract.
 *
 * @param petId the {@code petId} property
 * @param quantity the {@code quantity} property
 * @param price Total price in the shop's currency.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderQuote(@JsonProperty(value = "petId", required = true) long petId,
        @JsonProperty(value = "quantity", required = true) int quantity,
        @JsonProperty(value = "price", required = true) @JsonSetter(nulls = Nulls.FAIL) BigDecimal price) {
}
