package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Order} type of the contract.
 *
 * @param id the {@code id} property.
 * Read-only: the service sets it; leave it {@code null} in requests.
 * @param petId the {@code petId} property
 * @param quantity the {@code quantity} property.
 * The contract's default is {@code 1}, but the property is required and always sent.
 * @param price Total price in the store's currency.
 * @param payment the {@code payment} property
 * @param delivery the {@code delivery} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(@JsonProperty("id") @Nullable UUID id,
        @JsonProperty(value = "petId", required = true) long petId,
        @JsonProperty(value = "quantity", required = true) int quantity,
        @JsonProperty("price") @Nullable BigDecimal price,
        @JsonProperty(value = "payment", required = true) @JsonSetter(nulls = Nulls.FAIL) PaymentMethod payment,
        @JsonProperty("delivery") @Nullable Delivery delivery) {
}
