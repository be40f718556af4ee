package io.github.contractgen.sample.petstore.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code UploadPhotoRequest} type of the contract.
 *
 * @param caption the {@code caption} property
 * @param file the {@code file} property
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadPhotoRequest(@JsonProperty("caption") @Nullable String caption,
        @JsonProperty(value = "file", required = true) byte[] file) {
}
