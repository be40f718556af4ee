package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared response.
 *
 * @param status the status code as the contract writes it: {@code 200}, {@code 4XX} or {@code default}
 * @param kind how the body is encoded, {@link BodyKind#EMPTY} when there is none
 * @param contentType the media type accepted, empty when there is no body
 * @param type the body's type, empty when there is no body
 * @param nullable whether the body may be JSON {@code null}: its schema allows null ({@code nullable: true},
 *     {@code type: [..., "null"]}, a {@code oneOf} with {@code null}, Swagger 2.0's {@code x-nullable});
 *     only a JSON body can be
 * @param headers the declared response headers, sorted by name
 * @param description may be empty
 */
public record Response(
        String status,
        BodyKind kind,
        String contentType,
        Optional<TypeRef> type,
        boolean nullable,
        List<Header> headers,
        String description) {

    public Response {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(type, "type");
        if (nullable && kind != BodyKind.JSON) {
            throw new IllegalArgumentException("response " + status + ": only a JSON body can be null, not " + kind);
        }
        headers = List.copyOf(headers);
        Objects.requireNonNull(description, "description");
    }

    /** A response whose body, if it has one, is never {@code null}. */
    public Response(String status, BodyKind kind, String contentType, Optional<TypeRef> type, List<Header> headers,
            String description) {
        this(status, kind, contentType, type, false, headers, description);
    }

    public boolean isDefault() {
        return status.equals("default");
    }

    public boolean isSuccess() {
        return status.startsWith("2");
    }

    /** The exact status code, or -1 for a range ({@code 4XX}) or {@code default}. */
    public int code() {
        return status.chars().allMatch(Character::isDigit) ? Integer.parseInt(status) : -1;
    }

    /** A declared response header. */
    public record Header(String name, TypeRef type, boolean required, String description) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
        }
    }
}
