package io.github.contractgen.runtime.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One REST operation call as generated code describes it: the operation, its parameters and body,
 * whether it may be retried, which security schemes it accepts, and how its responses decode.
 *
 * <p>Generated methods build one per invocation and hand it to {@link RestClientCore}; the core does
 * all encoding, so that escaping rules live in one tested place. Parameter values are raw Java values
 * (the core renders enums by their {@code @JsonValue}, {@code java.time} as ISO-8601, {@code byte[]}
 * as base64, anything else by {@code toString()}). Immutable.
 *
 * @param <T> the operation's result type
 * @since 0.1.0
 */
public final class RestCall<T> {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final ResponseSpec<T> responses;
    private final Map<String, Object> pathParams;
    private final List<QueryParam> queryParams;
    private final List<NamedValue> headers;
    private final List<NamedValue> cookies;
    private final RequestBodySpec body;
    private final boolean idempotent;
    private final List<List<String>> security;
    private final String accept;

    private RestCall(Builder<T> builder) {
        this.operationId = builder.operationId;
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.responses = builder.responses;
        this.pathParams = Map.copyOf(builder.pathParams);
        this.queryParams = List.copyOf(builder.queryParams);
        this.headers = List.copyOf(builder.headers);
        this.cookies = List.copyOf(builder.cookies);
        this.body = builder.body;
        this.idempotent = builder.idempotent == null ? IDEMPOTENT_METHODS.contains(method) : builder.idempotent;
        this.security = builder.security;
        this.accept = builder.accept;
    }

    /**
     * A new builder.
     *
     * @param operationId the contract's operation id, used in messages and by observers
     * @param method the HTTP method, upper case
     * @param pathTemplate the path relative to the base URI, with {@code {name}} placeholders
     * @param responses how the responses decode
     */
    public static <T> Builder<T> builder(String operationId, String method, String pathTemplate,
            ResponseSpec<T> responses) {
        return new Builder<>(operationId, method, pathTemplate, responses);
    }

    /** The contract's operation id. */
    public String operationId() {
        return operationId;
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path template, such as {@code /pets/{petId}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether the call may be retried: explicitly set, else true for GET, HEAD, OPTIONS, PUT, DELETE, TRACE. */
    public boolean idempotent() {
        return idempotent;
    }

    ResponseSpec<T> responses() {
        return responses;
    }

    Map<String, Object> pathParams() {
        return pathParams;
    }

    List<QueryParam> queryParams() {
        return queryParams;
    }

    List<NamedValue> headers() {
        return headers;
    }

    List<NamedValue> cookies() {
        return cookies;
    }

    RequestBodySpec body() {
        return body;
    }

    List<List<String>> security() {
        return security;
    }

    String accept() {
        return accept;
    }

    /** A query parameter as declared. */
    record QueryParam(String name, Object value, QueryStyle style, boolean explode) {}

    /** A header or cookie. */
    record NamedValue(String name, Object value) {}

    /** What the body is and what it holds; encoded when the request is sent. */
    record RequestBodySpec(BodyKind kind, Object content, String contentType) {}

    /** The kinds of request body. */
    enum BodyKind { JSON, FORM, MULTIPART, BINARY, TEXT }

    /** Builds a {@link RestCall}. Not thread-safe. */
    public static final class Builder<T> {

        private final String operationId;
        private final String method;
        private final String pathTemplate;
        private final ResponseSpec<T> responses;
        private final Map<String, Object> pathParams = new LinkedHashMap<>();
        private final List<QueryParam> queryParams = new ArrayList<>();
        private final List<NamedValue> headers = new ArrayList<>();
        private final List<NamedValue> cookies = new ArrayList<>();
        private RequestBodySpec body;
        private Boolean idempotent;
        private List<List<String>> security = List.of();
        private String accept;

        private Builder(String operationId, String method, String pathTemplate, ResponseSpec<T> responses) {
            this.operationId = Objects.requireNonNull(operationId, "operationId");
            this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            this.responses = Objects.requireNonNull(responses, "responses");
        }

        /** Fills placeholder {@code {name}}; the value is percent-encoded as one path segment. */
        public Builder<T> pathParam(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                throw new IllegalArgumentException(operationId + ": path parameter '" + name + "' must not be null");
            }
            pathParams.put(name, value);
            return this;
        }

        /** Adds a query parameter; a null value is left out. */
        public Builder<T> queryParam(String name, Object value, QueryStyle style, boolean explode) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            if (value != null) {
                queryParams.add(new QueryParam(name, value, style, explode));
            }
            return this;
        }

        /** Adds a header; a null value is left out. */
        public Builder<T> header(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                headers.add(new NamedValue(name, value));
            }
            return this;
        }

        /** Adds a cookie; a null value is left out. */
        public Builder<T> cookie(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value != null) {
                cookies.add(new NamedValue(name, value));
            }
            return this;
        }

        /** A JSON body ({@code application/json}); null sends no body. */
        public Builder<T> jsonBody(Object value) {
            return jsonBody(value, "application/json");
        }

        /**
         * A JSON body sent as the JSON media type the contract declares, such as
         * {@code application/merge-patch+json}; null sends no body.
         */
        public Builder<T> jsonBody(Object value, String contentType) {
            Objects.requireNonNull(contentType, "contentType");
            return body(value == null ? null : new RequestBodySpec(BodyKind.JSON, value, contentType));
        }

        /**
         * An {@code application/x-www-form-urlencoded} body; null values are left out, so a map of
         * nulls sends an empty form. A null map sends no body.
         */
        public Builder<T> formBody(Map<String, ?> fields) {
            return fields(BodyKind.FORM, fields, false);
        }

        /**
         * The form body of an operation whose body is optional: when every value is null (or the map
         * is null), the request has no body and no {@code Content-Type}, as if the caller left the
         * body out; otherwise as {@link #formBody}.
         *
         * @since 0.1.0
         */
        public Builder<T> optionalFormBody(Map<String, ?> fields) {
            return fields(BodyKind.FORM, fields, true);
        }

        /**
         * A {@code multipart/form-data} body. Values: {@code String}, {@code byte[]}, {@code Path}
         * (a file part with its file name), {@link BinaryPart}, or any other object as a JSON part;
         * null values are left out. A null map sends no body.
         */
        public Builder<T> multipartBody(Map<String, ?> parts) {
            return fields(BodyKind.MULTIPART, parts, false);
        }

        /**
         * The multipart body of an operation whose body is optional: when every part is null (or the
         * map is null), the request has no body and no {@code Content-Type} instead of a multipart
         * body without parts; otherwise as {@link #multipartBody}.
         *
         * @since 0.1.0
         */
        public Builder<T> optionalMultipartBody(Map<String, ?> parts) {
            return fields(BodyKind.MULTIPART, parts, true);
        }

        /** Raw bytes with their media type; null content sends no body. */
        public Builder<T> binaryBody(byte[] content, String contentType) {
            return body(content == null ? null : new RequestBodySpec(BodyKind.BINARY, content.clone(),
                    contentType == null ? "application/octet-stream" : contentType));
        }

        /** Text with its media type (UTF-8 unless the media type names a charset); null sends no body. */
        public Builder<T> textBody(String content, String contentType) {
            return body(content == null ? null : new RequestBodySpec(BodyKind.TEXT, content,
                    contentType == null ? "text/plain; charset=UTF-8" : contentType));
        }

        /** Whether the call may be retried; by default derived from the HTTP method. */
        public Builder<T> idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * The operation's security alternatives: each inner list is a set of scheme names that together
         * satisfy it; an empty inner list means anonymous access is fine. An empty outer list (the
         * default) means the operation needs no credentials.
         */
        public Builder<T> security(List<List<String>> alternatives) {
            Objects.requireNonNull(alternatives, "alternatives");
            List<List<String>> copy = new ArrayList<>();
            for (List<String> alternative : alternatives) {
                copy.add(List.copyOf(Objects.requireNonNull(alternative, "alternative")));
            }
            this.security = List.copyOf(copy);
            return this;
        }

        /** The {@code Accept} header; by default derived from the declared response bodies. */
        public Builder<T> accept(String mediaType) {
            this.accept = mediaType;
            return this;
        }

        public RestCall<T> build() {
            return new RestCall<>(this);
        }

        private Builder<T> body(RequestBodySpec spec) {
            this.body = spec;
            return this;
        }

        /** A form or multipart body of the non-null {@code values}; none when {@code values} is null, or empty and optional. */
        private Builder<T> fields(BodyKind kind, Map<String, ?> values, boolean optional) {
            Map<String, Object> present = values == null ? Map.of() : copy(values);
            if (values == null || (optional && present.isEmpty())) {
                return body(null);
            }
            return body(new RequestBodySpec(kind, present,
                    kind == BodyKind.FORM ? "application/x-www-form-urlencoded" : "multipart/form-data"));
        }

        private static Map<String, Object> copy(Map<String, ?> values) {
            Map<String, Object> copy = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (value != null) {
                    copy.put(Objects.requireNonNull(name, "name"), value);
                }
            });
            return copy;
        }
    }
}
