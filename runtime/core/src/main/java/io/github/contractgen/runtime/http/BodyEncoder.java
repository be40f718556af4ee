package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.http.RestCall.RequestBodySpec;
import io.github.contractgen.runtime.json.JsonCodec;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes a request body once per call, before the first attempt: retries resend the same bytes, and
 * files of a multipart body are read only once.
 */
final class BodyEncoder {

    /** A body ready to send. */
    record EncodedBody(String contentType, byte[] bytes) {
        static final EncodedBody NONE = new EncodedBody(null, null);
    }

    private BodyEncoder() {}

    static EncodedBody encode(RequestBodySpec body) {
        if (body == null) {
            return EncodedBody.NONE;
        }
        return switch (body.kind()) {
            case JSON -> new EncodedBody(body.contentType(), JsonCodec.shared().encode(body.content()));
            case FORM -> new EncodedBody(body.contentType(), form(asMap(body.content())));
            case MULTIPART -> Multipart.encode(asMap(body.content()));
            case BINARY -> new EncodedBody(body.contentType(), (byte[]) body.content());
            case TEXT -> new EncodedBody(body.contentType(),
                    ((String) body.content()).getBytes(charset(body.contentType())));
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object content) {
        return (Map<String, Object>) content;
    }

    /** {@code application/x-www-form-urlencoded}: lists repeat the key, objects travel as JSON. */
    private static byte[] form(Map<String, Object> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> {
            if (ParamRenderer.isList(value)) {
                ParamRenderer.elements(value).forEach(item -> form.add(field(name, formValue(item))));
            } else {
                form.add(field(name, formValue(value)));
            }
        });
        return form.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String formValue(Object value) {
        return ParamRenderer.isObject(value) ? JsonCodec.shared().encodeToString(value) : ParamRenderer.scalar(value);
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The charset a {@code text/...; charset=x} media type names, UTF-8 when none. */
    static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return Charset.forName(trimmed.substring("charset=".length()).replace("\"", "").trim());
            }
        }
        return StandardCharsets.UTF_8;
    }
}
