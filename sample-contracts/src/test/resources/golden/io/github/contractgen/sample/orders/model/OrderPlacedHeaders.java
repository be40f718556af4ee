package io.github.contractgen.sample.orders.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code OrderPlacedHeaders} type of the contract.
 *
 * @param source The system that sent the message.
 * @param correlationId the {@code correlationId} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderPlacedHeaders(
        @JsonProperty(value = "source", required = true) @JsonSetter(nulls = Nulls.FAIL) String source,
        @JsonProperty("correlationId") @Nullable String correlationId) {
}
