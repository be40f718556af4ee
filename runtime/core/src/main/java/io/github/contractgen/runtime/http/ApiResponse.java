package io.github.contractgen.runtime.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful response with its decoded body: what the {@code ...WithResponse} methods of generated
 * clients return, for callers who need the status or a header next to the body (a total count, a
 * rate limit, an {@code ETag}).
 *
 * <p>It follows the rules of {@link ResponseInfo}: header names are lower case and sorted, and
 * headers that carry credentials or session state ({@code Set-Cookie}, {@code Authorization}, ...)
 * are removed, so that an {@code ApiResponse} is as safe to log as an exception. Immutable when the
 * body is; the raw bytes are not kept (the body has been decoded).
 *
 * @param status the HTTP status, a 2xx
 * @param headers unmodifiable, lower-case names, sorted, secret headers removed
 * @param body the decoded body; {@code null} for an operation without one ({@code Void}) or an
 *     empty body
 * @param <T> the body's type
 * @since 0.1.0
 */
public record ApiResponse<T>(int status, Map<String, List<String>> headers, T body) {

    /** Copies {@code headers} by the rules above, whatever case and secrets they come with. */
    public ApiResponse {
        headers = Headers.safeCopy(Objects.requireNonNull(headers, "headers"));
    }

    /** The status and headers of {@code response} with {@code body}, its decoded body. */
    static <T> ApiResponse<T> of(ResponseInfo response, T body) {
        return new ApiResponse<>(response.status(), response.headers(), body);
    }

    /**
     * The first value of header {@code name}, in any case.
     *
     * @param name the header's name, as the contract writes it or in any other case
     * @return the value, or empty when the response has no such header or it is a secret one
     */
    public Optional<String> header(String name) {
        List<String> values = headerValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Every value of header {@code name}, in any case, in the order received.
     *
     * @param name the header's name, in any case
     * @return the values, empty when the response has no such header or it is a secret one
     */
    public List<String> headerValues(String name) {
        Objects.requireNonNull(name, "name");
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : values;
    }

    /** Status and header names only: a body or header value may hold what does not belong in logs. */
    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", headers=" + headers.keySet() + "]";
    }
}
