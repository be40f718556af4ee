package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.reader.source.JsonPointers;
import io.github.contractgen.generator.reader.source.PositionIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the attribute paths in swagger-parser's messages into JSON pointers.
 *
 * <p>swagger-parser reports positions as dotted paths such as {@code paths.'/pets'(get).responses}
 * or {@code components.schemas.Pet.x-foo}, without lines. The path is converted to a pointer so that
 * {@link PositionIndex} can find its line; a message without a recognisable path points at the
 * document's start.
 */
final class SwaggerMessages {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\s+(\\S+)");
    private static final Pattern LEADING_PATH = Pattern.compile("^((?:paths|components|info|definitions)\\.\\S+?)[.:]?\\s");

    private SwaggerMessages() {}

    static String pointer(String message) {
        Matcher attribute = ATTRIBUTE.matcher(message);
        String path = null;
        if (attribute.find()) {
            path = attribute.group(1);
        } else {
            Matcher leading = LEADING_PATH.matcher(message);
            if (leading.find()) {
                path = leading.group(1);
            }
        }
        return path == null ? "" : toPointer(path);
    }

    /** {@code paths.'/pets'(get).responses} → {@code /paths/~1pets/get/responses}. */
    static String toPointer(String path) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (quoted) {
                token.append(c);
            } else if (c == '.') {
                flush(token, tokens);
            } else if (c == '(') {
                flush(token, tokens);
                int close = path.indexOf(')', i);
                if (close < 0) {
                    break;
                }
                tokens.add(path.substring(i + 1, close));
                i = close;
            } else {
                token.append(c);
            }
        }
        flush(token, tokens);
        StringBuilder pointer = new StringBuilder();
        for (String t : tokens) {
            pointer.append('/').append(JsonPointers.escape(t));
        }
        return pointer.toString();
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (token.length() > 0) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }
}
