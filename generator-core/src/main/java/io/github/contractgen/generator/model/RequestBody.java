package io.github.contractgen.generator.model;

import java.util.Objects;

/**
 * A request body. When the contract offers several media types the reader picks one, preferring JSON,
 * then form, multipart, text and binary.
 *
 * @param kind how it is encoded
 * @param contentType the media type sent, e.g. {@code application/json}
 * @param type the body's type; for FORM and MULTIPART a named record whose properties are the fields
 * @param required whether the body must be given
 * @param description may be empty
 */
public record RequestBody(BodyKind kind, String contentType, TypeRef type, boolean required, String description) {

    public RequestBody {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
