package io.github.contractgen.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as {@link TestHttpsServer} received it, for assertions: nothing is decoded, so that a test
 * sees exactly what the client sent on the wire.
 *
 * @param method the HTTP method
 * @param rawPath the path as sent, percent-encoding intact
 * @param rawQuery the query as sent, or null when there was none
 * @param headers lower-case names, sorted, unmodifiable
 * @param body the body bytes (the accessor returns a copy)
 * @param clientCertificateSubject the subject of the client certificate, or null when none was presented
 * @since 0.1.0
 */
public record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body, String clientCertificateSubject) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of header {@code name} (any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest that && method.equals(that.method) && rawPath.equals(that.rawPath)
                && Objects.equals(rawQuery, that.rawQuery) && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && Objects.equals(clientCertificateSubject, that.clientCertificateSubject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, rawPath, rawQuery, headers, clientCertificateSubject) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " (" + body.length + " bytes)";
    }
}
