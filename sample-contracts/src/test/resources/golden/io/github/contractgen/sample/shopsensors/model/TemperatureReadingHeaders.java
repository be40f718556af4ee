package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code TemperatureReadingHeaders} type of the contract.
 *
 * @param sensorModel the {@code sensorModel} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemperatureReadingHeaders(@JsonProperty("sensorModel") @Nullable String sensorModel) {
}
