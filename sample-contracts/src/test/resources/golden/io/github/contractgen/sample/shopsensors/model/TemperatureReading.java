package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code TemperatureReading} type of the contract.
 *
 * @param celsius the {@code celsius} property
 * @param measuredAt the {@code measuredAt} property
 * @param battery the {@code battery} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemperatureReading(@JsonProperty(value = "celsius", required = true) double celsius,
        @JsonProperty(value = "measuredAt", required = true) @JsonSetter(nulls = Nulls.FAIL) OffsetDateTime measuredAt,
        @JsonProperty("battery") @Nullable Long battery) {
}
