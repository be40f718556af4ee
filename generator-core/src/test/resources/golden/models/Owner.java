package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The {@code Owner} type of the contract.
 *
 * @param name the {@code name} property
 * @param additionalProperties the properties the contract does not name, by JSON name; never null
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Owner(
        @JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    /**
     * Creates the record: copies each collection, an empty one for null, so that the record stays immutable.
     *
     * @param name the {@code name} property
     * @param additionalProperties the properties the contract does not name, by JSON name; never null
     */
    public Owner {
        additionalProperties = additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }
}
