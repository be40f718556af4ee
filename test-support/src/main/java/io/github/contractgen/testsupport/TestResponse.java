package io.github.contractgen.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link TestHttpsServer} handler answers: a status, headers and a body. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param status the HTTP status
 * @param headers header name and value pairs, in order
 * @param body the body (empty for none)
 * @since 0.1.0
 */
public record TestResponse(int status, List<String[]> headers, byte[] body) {

    public TestResponse {
        headers = List.copyOf(headers);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A status with no body. */
    public static TestResponse status(int status) {
        return new TestResponse(status, List.of(), new byte[0]);
    }

    /** A JSON body ({@code application/json}). */
    public static TestResponse json(int status, String json) {
        return text(status, json).withHeader("Content-Type", "application/json");
    }

    /** A text body; add a content type with {@link #withHeader}, else none is sent. */
    public static TestResponse text(int status, String text) {
        return new TestResponse(status, List.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** A binary body with its content type. */
    public static TestResponse bytes(int status, byte[] body, String contentType) {
        return new TestResponse(status, List.of(), body).withHeader("Content-Type", contentType);
    }

    /** This response with one more header. */
    public TestResponse withHeader(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new TestResponse(status, more, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
