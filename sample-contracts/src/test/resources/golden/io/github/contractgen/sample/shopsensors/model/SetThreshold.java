package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code SetThreshold} type of the contract.
 *
 * @param celsius the {@code celsius} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record SetThreshold(
        @JsonProperty(value = "celsius", required = true) double celsius) implements ThresholdCommandPayload {
    /**
     * The {@code kind} discriminator: always {@code SetThreshold}, the value that selects this type.
     *
     * @return {@code SetThreshold}
     */
    @JsonProperty(
            value = "kind",
            access = JsonProperty.Access.READ_ONLY
    )
    public String kind() {
        return "SetThreshold";
    }
}
