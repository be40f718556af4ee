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
 * @param inlineType whether {@code type} names a schema written inline in this body rather than a named
 *     component; a FORM or MULTIPART client takes its fields as parameters, so such a type has no use of
 *     its own unless something else refers to it
 */
public record RequestBody(
        BodyKind kind, String contentType, TypeRef type, boolean required, String description, boolean inlineType) {

    public RequestBody {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** A body whose type is a named component (or not named at all). */
    public RequestBody(BodyKind kind, String contentType, TypeRef type, boolean required, String description) {
        this(kind, contentType, type, required, description, false);
    }
}
