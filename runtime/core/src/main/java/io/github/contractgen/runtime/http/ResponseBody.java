package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one declared response's body is decoded: JSON into a type, text, bytes, nothing, or only the
 * status and headers.
 *
 * <p>Immutable; generated code keeps them in constants.
 *
 * @param <B> what the body decodes to
 * @since 0.1.0
 */
public final class ResponseBody<B> {

    private static final int SNIPPET_LIMIT = 200;

    private final String mediaType;
    private final Function<ResponseInfo, B> decoder;

    private ResponseBody(String mediaType, Function<ResponseInfo, B> decoder) {
        this.mediaType = mediaType;
        this.decoder = decoder;
    }

    /** A JSON body decoded as {@code type}; an empty body decodes to {@code null}. */
    public static <B> ResponseBody<B> json(JsonType<B> type) {
        Objects.requireNonNull(type, "type");
        return new ResponseBody<>("application/json", response -> {
            byte[] body = response.bodyUnsafe();
            if (body.length == 0) {
                return null;
            }
            try {
                return JsonCodec.shared().decode(body, type);
            } catch (UncheckedIOException e) {
                // Neither the message nor a cause repeats the body: Jackson's messages quote the tokens
                // they stumble on, and a body may hold secrets. The snippet is there for who asks for it.
                throw new DecodingException(response.operationId() + ": HTTP " + response.status() + " body ("
                        + response.header("content-type").orElse("no content type") + ", "
                        + response.bodyUnsafe().length + " bytes) does not decode as " + type + ": "
                        + JsonFailures.describe(e.getCause()), response.status(), snippet(response), null);
            }
        });
    }

    /** A {@code text/plain} body, decoded with the charset of its content type (UTF-8 when none is given). */
    public static ResponseBody<String> text() {
        return text("text/plain");
    }

    /**
     * A text body of the media type the contract declares ({@code text/csv}), which the request asks for
     * in {@code Accept}; decoded with the charset of its content type (UTF-8 when none is given).
     */
    public static ResponseBody<String> text(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        return new ResponseBody<>(mediaType, response -> new String(response.bodyUnsafe(), charsetOf(response)));
    }

    /** The raw bytes of an {@code application/octet-stream} body. */
    public static ResponseBody<byte[]> bytes() {
        return bytes("application/octet-stream");
    }

    /**
     * The raw bytes of a body of the media type the contract declares ({@code image/png},
     * {@code text/csv} for a file), which the request asks for in {@code Accept}.
     */
    public static ResponseBody<byte[]> bytes(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        return new ResponseBody<>(mediaType, ResponseInfo::body);
    }

    /** No body: decodes to {@code null} whatever was sent. */
    public static ResponseBody<Void> empty() {
        return new ResponseBody<>(null, response -> null);
    }

    /** The response's status and headers, for operations whose result is in the headers. */
    public static ResponseBody<ResponseInfo> info() {
        return new ResponseBody<>(null, response -> response);
    }

    /** The media type to ask for in {@code Accept}, or null when this body does not care. */
    String mediaType() {
        return mediaType;
    }

    B decode(ResponseInfo response) {
        return decoder.apply(response);
    }

    static String snippet(ResponseInfo response) {
        String text = new String(response.bodyUnsafe(), StandardCharsets.UTF_8);
        return text.length() <= SNIPPET_LIMIT ? text : text.substring(0, SNIPPET_LIMIT) + "…";
    }

    private static Charset charsetOf(ResponseInfo response) {
        String type = response.header("content-type").orElse("");
        for (String parameter : type.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(trimmed.substring(8).replace("\"", "").trim());
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
