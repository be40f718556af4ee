package io.github.contractgen.generator.reader.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON pointers (RFC 6901): building, splitting, and mapping the converted 2.0 model back to its source. */
public final class JsonPointers {

    private static final Pattern SWAGGER2_COMPONENT =
            Pattern.compile("^/components/(schemas|securitySchemes|parameters|responses)(/.*)?$");
    private static final Pattern SWAGGER2_REQUEST_BODY = Pattern.compile("^(/paths/[^/]+/[^/]+)/requestBody.*$");
    private static final Pattern SWAGGER2_RESPONSE_CONTENT =
            Pattern.compile("^(/paths/[^/]+/[^/]+/responses/[^/]+)/content/[^/]+(/.*)?$");

    private JsonPointers() {}

    /** {@code base} followed by one more reference token, escaped. */
    public static String append(String base, String token) {
        return base + "/" + escape(token);
    }

    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The unescaped reference tokens of {@code pointer}; the empty pointer has none. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        int start = pointer.startsWith("/") ? 1 : 0;
        for (String token : pointer.substring(start).split("/", -1)) {
            tokens.add(unescape(token));
        }
        return tokens;
    }

    /**
     * Maps a pointer into the 3.0 model that swagger-parser converted from a 2.0 document back to the
     * nearest place in the 2.0 source, so that a diagnostic still finds its line.
     */
    public static String toSwagger2(String pointer) {
        Matcher component = SWAGGER2_COMPONENT.matcher(pointer);
        if (component.matches()) {
            String section = switch (component.group(1)) {
                case "schemas" -> "/definitions";
                case "securitySchemes" -> "/securityDefinitions";
                default -> "/" + component.group(1);
            };
            return section + (component.group(2) == null ? "" : component.group(2));
        }
        Matcher body = SWAGGER2_REQUEST_BODY.matcher(pointer);
        if (body.matches()) {
            return body.group(1) + "/parameters";
        }
        Matcher content = SWAGGER2_RESPONSE_CONTENT.matcher(pointer);
        if (content.matches()) {
            return content.group(1) + (content.group(2) == null ? "" : content.group(2));
        }
        if (pointer.startsWith("/servers")) {
            return "/host";
        }
        return pointer;
    }
}
