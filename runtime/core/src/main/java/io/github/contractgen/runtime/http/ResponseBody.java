package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

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
    /** Decodes a response with the client's codec: strict, or lenient when the client was built so. */
    private final BiFunction<ResponseInfo, JsonCodec, B> decoder;

    private ResponseBody(String mediaType, BiFunction<ResponseInfo, JsonCodec, B> decoder) {
        this.mediaType = mediaType;
        this.decoder = decoder;
    }

    /**
     * A JSON body decoded as {@code type}. An empty body or {@code null} is a {@link DecodingException}
     * naming the operation, since the contract declares a value; a client with lenient decoding
     * returns {@code null} for them instead. A body that breaks the contract is a
     * {@code DecodingException} naming the JSON path (see {@link JsonCodec}).
     */
    public static <B> ResponseBody<B> json(JsonType<B> type) {
        return json(type, false);
    }

    /**
     * A JSON body decoded as {@code type}, whose schema allows {@code null} ({@code nullable: true},
     * {@code type: [..., "null"]}, a {@code oneOf} with {@code null}): {@code null} decodes to
     * {@code null}, which is why the generated method's result is {@code @Nullable}. An empty body is
     * not JSON {@code null}: it is a {@link DecodingException} as for {@link #json}, and a client with
     * lenient decoding returns {@code null} for it. A contract that allows no content declares a
     * response without a body beside this one (a {@code 204}), which {@link #none()} decodes.
     *
     * @since 0.1.0
     */
    public static <B> ResponseBody<B> nullableJson(JsonType<B> type) {
        return json(type, true);
    }

    private static <B> ResponseBody<B> json(JsonType<B> type, boolean nullAllowed) {
        Objects.requireNonNull(type, "type");
        return new ResponseBody<>("application/json", (response, codec) -> {
            boolean empty = response.bodyUnsafe().length == 0;
            B value = empty ? null : decodeJson(response, codec, type);
            if (value == null && (empty || !nullAllowed) && codec != JsonCodec.lenient()) {
                throw new DecodingException(response.operationId() + ": HTTP " + response.status() + " body is "
                        + (empty ? "empty" : "null") + " where the contract declares " + type
                        + (nullAllowed ? " or null (an empty body is not JSON null)" : "")
                        + "; a client built with lenientDecoding() returns null instead", response.status(),
                        snippet(response), null);
            }
            return value;
        });
    }

    private static <B> B decodeJson(ResponseInfo response, JsonCodec codec, JsonType<B> type) {
        try {
            return codec.decode(response.bodyUnsafe(), type);
        } catch (DecodingException e) {
            // The codec's message says where and why without quoting the body, which may hold secrets;
            // the snippet is there for who asks for it.
            throw new DecodingException(response.operationId() + ": HTTP " + response.status() + " body ("
                    + response.header("content-type").orElse("no content type") + ", "
                    + response.bodyUnsafe().length + " bytes): " + e.getMessage(), response.status(),
                    snippet(response), null);
        }
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
        return new ResponseBody<>(mediaType,
                (response, codec) -> new String(response.bodyUnsafe(), charsetOf(response)));
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
        return new ResponseBody<>(mediaType, (response, codec) -> response.body());
    }

    /** No body: decodes to {@code null} whatever was sent. */
    public static ResponseBody<Void> empty() {
        return none();
    }

    /**
     * A response the contract declares without a body for an operation whose other successes have
     * one (a {@code 204} beside a {@code 200}): decodes to {@code null} whatever was sent, which is
     * why the generated method's result is {@code @Nullable}.
     *
     * @param <B> the operation's result type
     */
    public static <B> ResponseBody<B> none() {
        return new ResponseBody<>(null, (response, codec) -> null);
    }

    /** The response's status and headers, for operations whose result is in the headers. */
    public static ResponseBody<ResponseInfo> info() {
        return new ResponseBody<>(null, (response, codec) -> response);
    }

    /** The media type to ask for in {@code Accept}, or null when this body does not care. */
    String mediaType() {
        return mediaType;
    }

    B decode(ResponseInfo response, JsonCodec codec) {
        return decoder.apply(response, codec);
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
