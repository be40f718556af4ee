package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code ClearThreshold} type of the contract.
 *
 * @param kind the {@code kind} property.
 * Set to {@code ClearThreshold} when absent: the discriminator value that selects this type.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record ClearThreshold(@JsonProperty("kind") String kind) implements ThresholdCommandPayload {
    public ClearThreshold {
        if (kind == null) {
            kind = "ClearThreshold";
        }
    }
}
