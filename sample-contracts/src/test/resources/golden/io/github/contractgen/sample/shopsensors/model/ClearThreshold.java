package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code ClearThreshold} type of the contract.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record ClearThreshold() implements ThresholdCommandPayload {
    /**
     * The {@code kind} discriminator: always {@code ClearThreshold}, the value that selects this type.
     *
     * @return {@code ClearThreshold}
     */
    @JsonProperty(
            value = "kind",
            access = JsonProperty.Access.READ_ONLY
    )
    public String kind() {
        return "ClearThreshold";
    }
}
