package io.github.contractgen.sample.shopsensors.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import javax.annotation.processing.Generated;

/**
 * Either SetThreshold or ClearThreshold, told apart by {@code kind}.
 *
 * <p>One of {@link SetThreshold}, {@link ClearThreshold}; the value of its {@code kind} property says
 * which.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "kind",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = SetThreshold.class, name = "SetThreshold"),
        @JsonSubTypes.Type(value = ClearThreshold.class, name = "ClearThreshold")
})
public sealed interface ThresholdCommandPayload permits SetThreshold, ClearThreshold {
}
