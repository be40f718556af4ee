package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A category; categories nest.
 *
 * @param name the {@code name} property
 * @param subcategories the {@code subcategories} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Category(
        @JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
        @JsonProperty("subcategories") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Category> subcategories) {
    /**
     * Creates the record: copies each collection, an empty one for null, so that the record stays immutable.
     *
     * @param name the {@code name} property
     * @param subcategories the {@code subcategories} property
     */
    public Category {
        subcategories = subcategories == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(subcategories));
    }
}
