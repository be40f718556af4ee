package io.github.contractgen.runtime;

import io.github.contractgen.runtime.http.ResponseInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A response whose status the operation treats as an error.
 *
 * <p>Generated per-service exceptions extend it, one subclass per declared error response, and
 * override {@link #body()} covariantly so that callers get the typed error body without a cast. The
 * message carries the operation id, the status and, when the body is text, at most 200 characters of
 * it: enough to diagnose from a log line, short enough never to flood one.
 *
 * <p>A server may echo what it was sent, credentials included (a 401 body that repeats the
 * {@code Authorization} header). The runtime masks every credential value the call sent, as
 * {@code ***} and in the forms a server may echo it in (see {@link Redaction}), in the response it
 * hands to this exception, before the exception exists: the message, {@link #toString()},
 * {@link #headers()}, the decoded {@link #body()}, {@link #rawBody()} and {@link #response()} all
 * hold the masked text, so that passing this exception to a logger or an observer leaks nothing.
 * The credentials are the caller's own; nothing else in the body is changed.
 *
 * @since 0.1.0
 */
public class ApiException extends ContractgenException {

    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_BODY_LIMIT = 200;

    private final String operationId;
    private final transient ResponseInfo response;
    private final transient Object body;

    /**
     * @param operationId the operation that received the response
     * @param response the response (status, headers, raw body)
     * @param body the decoded declared error body, or {@code null}
     */
    public ApiException(String operationId, ResponseInfo response, Object body) {
        super(message(operationId, response));
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.response = response;
        this.body = body;
    }

    private static String message(String operationId, ResponseInfo response) {
        Objects.requireNonNull(response, "response");
        String message = operationId + ": HTTP " + response.status();
        String text = textOf(response);
        return text.isEmpty() ? message : message + ": " + text;
    }

    private static String textOf(ResponseInfo response) {
        String type = response.header("content-type").orElse("").toLowerCase(java.util.Locale.ROOT);
        boolean textual = type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("problem");
        byte[] raw = response.body();
        if (!textual || raw.length == 0) {
            return "";
        }
        String text = new String(raw, StandardCharsets.UTF_8).strip();
        return text.length() <= MESSAGE_BODY_LIMIT ? text : text.substring(0, MESSAGE_BODY_LIMIT) + "…";
    }

    /** The operation id of the call that failed. */
    public String operationId() {
        return operationId;
    }

    /** The HTTP status. */
    public int status() {
        return response.status();
    }

    /** The response headers: unmodifiable, lower-case names, sorted, secret headers removed. */
    public Map<String, List<String>> headers() {
        return response.headers();
    }

    /**
     * The decoded declared error body, or {@code null} when none was declared or decodable; decoded
     * from the body with the call's credentials masked.
     */
    public Object body() {
        return body;
    }

    /** A copy of the response body with the call's credentials masked; empty when there was none. */
    public byte[] rawBody() {
        return response.body();
    }

    /** The whole response: status, headers and raw body. */
    public ResponseInfo response() {
        return response;
    }
}
