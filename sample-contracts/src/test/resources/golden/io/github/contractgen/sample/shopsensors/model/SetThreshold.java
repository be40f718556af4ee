package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * The {@code SetThreshold} type of the contract.
 *
 * @param kind the {@code kind} property.
 * Set to {@code SetThreshold} when absent: the discriminator value that selects this type.
 * @param celsius the {@code celsius} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "from shop-sensors.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NONE
)
public record SetThreshold(@JsonProperty("kind") String kind,
        @JsonProperty(value = "celsius", required = true) double celsius) implements ThresholdCommandPayload {
    public SetThreshold {
        if (kind == null) {
            kind = "SetThreshold";
        }
    }
}
