package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code NewPet} type of the contract.
 *
 * @param name The pet's name, unique in the store.
 * @param status the {@code status} property
 * @param tags the {@code tags} property
 * @param category the {@code category} property
 * @param birthday the {@code birthday} property
 * @param attributes Free-form attributes, such as colour.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPet(
        @JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
        @JsonProperty("status") @Nullable PetStatus status,
        @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        @JsonProperty("category") @Nullable Category category,
        @JsonProperty("birthday") @Nullable LocalDate birthday,
        @JsonProperty("attributes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attributes) {
    /**
     * Creates the record: copies each collection, an empty one for null, so that the record stays immutable.
     *
     * @param name The pet's name, unique in the store.
     * @param status the {@code status} property
     * @param tags the {@code tags} property
     * @param category the {@code category} property
     * @param birthday the {@code birthday} property
     * @param attributes Free-form attributes, such as colour.
     */
    public NewPet {
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        attributes = attributes == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
