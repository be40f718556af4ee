package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code OrderPlaced} type of the contract.
 *
 * @param orderId the {@code orderId} property
 * @param petId the {@code petId} property
 * @param quantity the {@code quantity} property
 * @param price Total price in the shop's currency.
 * @param placedAt the {@code placedAt} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderPlaced(
        @JsonProperty(value = "orderId", required = true) @JsonSetter(nulls = Nulls.FAIL) String orderId,
        @JsonProperty(value = "petId", required = true) long petId,
        @JsonProperty(value = "quantity", required = true) int quantity,
        @JsonProperty("price") @Nullable BigDecimal price,
        @JsonProperty(value = "placedAt", required = true) @JsonSetter(nulls = Nulls.FAIL) OffsetDateTime placedAt) {
}
