package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A pet for sale.
 *
 * <p>Pets are &lt;b&gt;never&lt;/b&gt; deleted, only sold.
 *
 * @param id Unique id, set by the store.
 * Read-only: the service sets it; leave it {@code null} in requests.
 * @param name the {@code name} property
 * @param status the {@code status} property.
 * Default: {@code "available"}, set here when absent.
 * @param tags the {@code tags} property
 * @param category the {@code category} property
 * @param attributes Free-form attributes.
 * @param bornAt the {@code born-at} property
 * @param legacyCode the {@code legacy-code} property.
 * Deprecated by the contract.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen test from contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(
        using = JsonDeserializer.None.class
)
public record Pet(@JsonProperty(value = "id", required = true) @Nullable Long id,
        @JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
        @JsonProperty("status") @Nullable PetStatus status,
        @JsonProperty("tags") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        @JsonProperty("category") @Nullable Category category,
        @JsonProperty("attributes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attributes,
        @JsonProperty("born-at") @Nullable OffsetDateTime bornAt,
        @JsonProperty("legacy-code") @Nullable String legacyCode) implements PetOrId {
    /**
     * Creates the record: copies each collection, an empty one for null, so that the record stays immutable; gives a component left out its contract default.
     *
     * @param id Unique id, set by the store.
     * Read-only: the service sets it; leave it {@code null} in requests.
     * @param name the {@code name} property
     * @param status the {@code status} property.
     * Default: {@code "available"}, set here when absent.
     * @param tags the {@code tags} property
     * @param category the {@code category} property
     * @param attributes Free-form attributes.
     * @param bornAt the {@code born-at} property
     * @param legacyCode the {@code legacy-code} property.
     * Deprecated by the contract.
     */
    public Pet {
        if (status == null) {
            status = PetStatus.AVAILABLE;
        }
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        attributes = attributes == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * Returns the {@code legacyCode} component.
     *
     * @return the value of the component
     * @deprecated the contract marks {@code legacy-code} as deprecated
     */
    @Deprecated
    public @Nullable String legacyCode() {
        return legacyCode;
    }
}
