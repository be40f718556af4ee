package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code OrderShipped} type of the contract.
 *
 * @param orderId the {@code orderId} property
 * @param carrier the {@code carrier} property
 * @param trackingCode the {@code trackingCode} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderShipped(
        @JsonProperty(value = "orderId", required = true) @JsonSetter(nulls = Nulls.FAIL) String orderId,
        @JsonProperty(value = "carrier", required = true) @JsonSetter(nulls = Nulls.FAIL) OrderShippedCarrier carrier,
        @JsonProperty("trackingCode") @Nullable String trackingCode) {
}
