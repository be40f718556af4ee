package io.github.contractgen.runtime.http;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response as the runtime hands it to decoders, error factories and exceptions.
 *
 * <p>It is safe to log: the URI has no query (where API keys may travel) and secret headers are
 * removed. Header names are lower case and sorted.
 *
 * @param operationId the operation that received it
 * @param method the HTTP method
 * @param uri the request URI without its query
 * @param status the HTTP status
 * @param headers unmodifiable, lower-case names, sorted, secret headers removed
 * @param body the raw body (the accessor returns a copy)
 * @since 0.1.0
 */
public record ResponseInfo(String operationId, String method, URI uri, int status,
        Map<String, List<String>> headers, byte[] body) {

    public ResponseInfo {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Headers.safeCopy(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body.clone();
    }

    /** A copy of the raw body; empty when there was none. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of header {@code name} (any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body's length without copying it. */
    int bodyLength() {
        return body.length;
    }

    /** The body itself, for the runtime's decoders, which never modify it. */
    byte[] bodyUnsafe() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseInfo that && status == that.status
                && operationId.equals(that.operationId) && method.equals(that.method)
                && uri.equals(that.uri) && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operationId, method, uri, status, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "ResponseInfo[" + method + " " + uri + " -> " + status + ", " + body.length + " bytes]";
    }
}
