package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The responses an operation declares: which statuses are successes (and how their bodies decode),
 * which are errors (and which exception each becomes), and what happens to any other status.
 *
 * <p>Matching follows OpenAPI: an exact code first, then its range ({@code 4XX}), then
 * {@code default}. A 2xx status without a declared match decodes as the lowest declared 2xx body,
 * because servers often answer 201 where the contract says 200. {@code default} is an error unless
 * the operation declares no 2xx at all. Immutable; generated code keeps one per operation.
 *
 * @param <T> the operation's result type
 * @since 0.1.0
 */
public final class ResponseSpec<T> {

    private final List<Entry> entries;
    private final ErrorFactory<byte[]> otherwise;
    /** The default {@code Accept} header, worked out once: specs are constants of generated code. */
    private final String accept;

    private ResponseSpec(Builder<T> builder) {
        this.entries = List.copyOf(builder.entries);
        this.otherwise = builder.otherwise;
        List<String> types = mediaTypes();
        this.accept = types.isEmpty() ? null : String.join(", ", types);
    }

    /** A new, empty builder. */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Builds a {@link ResponseSpec}. Not thread-safe. */
    public static final class Builder<T> {

        private final List<Entry> entries = new ArrayList<>();
        private ErrorFactory<byte[]> otherwise = (response, body) ->
                new ApiException(response.operationId(), response, null);

        private Builder() {}

        /** A success response: {@code status} is {@code "200"}, {@code "2XX"} or {@code "default"}. */
        public Builder<T> success(String status, ResponseBody<? extends T> body) {
            entries.add(new Entry(StatusPattern.parse(status), Objects.requireNonNull(body, "body"), null, true));
            return this;
        }

        /** An error response whose decoded body {@code factory} turns into an exception. */
        public <B> Builder<T> error(String status, ResponseBody<B> body, ErrorFactory<B> factory) {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(factory, "factory");
            entries.add(new Entry(StatusPattern.parse(status), body, factory, false));
            return this;
        }

        /** The exception for statuses the contract does not declare (default: a plain ApiException). */
        public Builder<T> otherwise(ErrorFactory<byte[]> factory) {
            this.otherwise = Objects.requireNonNull(factory, "factory");
            return this;
        }

        public ResponseSpec<T> build() {
            return new ResponseSpec<>(this);
        }
    }

    /**
     * The declared entry that answers {@code status}, or null when none does: for a 2xx that means
     * "success without a body", for anything else "undeclared, use {@link #otherwise()}". A success
     * entry never answers a non-2xx status and an error {@code default} never answers a 2xx, so that
     * a 500 can never come back as a result.
     */
    Entry match(int status) {
        boolean success = status / 100 == 2;
        Entry exact = find(e -> e.pattern.code() == status);
        if (exact != null) {
            return exact;
        }
        Entry range = find(e -> e.pattern.range() == status / 100);
        if (range != null) {
            return range;
        }
        Entry fallback = find(e -> e.pattern.isDefault());
        if (fallback != null && fallback.success == success) {
            return fallback;
        }
        return success ? lowestSuccess() : null;
    }

    /** Whether {@code status} makes the call fail: a declared error, or a non-2xx that nothing declares. */
    boolean isError(int status) {
        Entry entry = match(status);
        return entry == null ? status / 100 != 2 : !entry.success();
    }

    private Entry find(java.util.function.Predicate<Entry> test) {
        for (Entry entry : entries) {
            if (test.test(entry)) {
                return entry;
            }
        }
        return null;
    }

    private Entry lowestSuccess() {
        Entry lowest = null;
        for (Entry entry : entries) {
            if (entry.success && entry.pattern.twoHundred() >= 0
                    && (lowest == null || entry.pattern.twoHundred() < lowest.pattern.twoHundred())) {
                lowest = entry;
            }
        }
        return lowest;
    }

    ErrorFactory<byte[]> otherwise() {
        return otherwise;
    }

    /** The media types the declared bodies accept, for the Accept header. */
    /** The declared media types joined for an {@code Accept} header; null when no response has a body. */
    String accept() {
        return accept;
    }

    List<String> mediaTypes() {
        List<String> types = new ArrayList<>();
        for (Entry entry : entries) {
            String type = entry.body.mediaType();
            if (type != null && !types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    /** One declared response. {@code factory} is null for successes. */
    record Entry(StatusPattern pattern, ResponseBody<?> body, ErrorFactory<?> factory, boolean success) {}

    /** {@code "404"}, {@code "4XX"} or {@code "default"}. */
    record StatusPattern(String text, int code, int range) {

        static StatusPattern parse(String status) {
            Objects.requireNonNull(status, "status");
            String upper = status.trim().toUpperCase(Locale.ROOT);
            if (upper.equals("DEFAULT")) {
                return new StatusPattern("default", -1, -1);
            }
            if (upper.matches("[1-5]XX")) {
                return new StatusPattern(upper, -1, upper.charAt(0) - '0');
            }
            if (upper.matches("[1-5][0-9][0-9]")) {
                return new StatusPattern(upper, Integer.parseInt(upper), -1);
            }
            throw new IllegalArgumentException("status must be a code like \"200\", a range like \"2XX\" or "
                    + "\"default\", was \"" + status + "\"");
        }

        boolean isDefault() {
            return code < 0 && range < 0;
        }

        /** The code for ordering 2xx successes (200 for "2XX"), -1 when not a 2xx pattern. */
        int twoHundred() {
            return code / 100 == 2 ? code : range == 2 ? 200 : -1;
        }
    }
}
