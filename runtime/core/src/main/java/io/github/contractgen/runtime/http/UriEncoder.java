package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.http.RestCall.QueryParam;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Builds a request URI from the base URI, the path template and the query parameters.
 *
 * <p>Path values are percent-encoded as one segment with everything but RFC 3986's unreserved
 * characters encoded, and a value of {@code .} or {@code ..} has its dots encoded too: a parameter
 * value can never change which path is requested. Query names and values are encoded the same way;
 * only the separators each style defines stay literal.
 */
final class UriEncoder {

    /** What {@link #path} treats as a placeholder; kept as the specification of its scan (and for tests). */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoder() {}

    /**
     * The base URI's path joined with the expanded template. Placeholders are {@code {name}} with a
     * name of at least one character and no braces, as {@link #PLACEHOLDER} says; they are found by a
     * plain scan, since this runs on every call and a regular expression's matcher costs more than the
     * rest of the path.
     */
    static String path(String operationId, URI base, String template, Map<String, Object> values) {
        StringBuilder path = new StringBuilder(template.length() + 16);
        int copied = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = open + 1;
            while (close < template.length() && template.charAt(close) != '{' && template.charAt(close) != '}') {
                close++;
            }
            if (close == template.length()) {
                break; // no closing brace: the rest is literal
            }
            if (template.charAt(close) == '{' || close == open + 1) {
                open = template.charAt(close) == '{' ? close : template.indexOf('{', close);
                continue; // "{{" or "{}": not a placeholder, scan on from the next brace
            }
            String name = template.substring(open + 1, close);
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(operationId + ": path parameter '" + name + "' has no value");
            }
            path.append(template, copied, open).append(segment(value));
            copied = close + 1;
            open = template.indexOf('{', copied);
        }
        path.append(template, copied, template.length());
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        String relative = path.toString();
        return basePath + (relative.startsWith("/") || relative.isEmpty() ? relative : "/" + relative);
    }

    private static String segment(Object value) {
        if (ParamRenderer.isList(value)) {
            StringJoiner joined = new StringJoiner(",");
            ParamRenderer.elements(value).forEach(e -> joined.add(encode(ParamRenderer.scalar(e))));
            return joined.toString();
        }
        String text = ParamRenderer.scalar(value);
        if (text.equals(".") || text.equals("..")) {
            return text.replace(".", "%2E");
        }
        return encode(text);
    }

    /** The query string (without '?') for {@code params} followed by {@code extra}; null when empty. */
    static String query(List<QueryParam> params, List<String[]> extra) {
        if (params.isEmpty() && extra.isEmpty()) {
            return null; // most calls: nothing to join
        }
        StringJoiner query = new StringJoiner("&");
        for (QueryParam param : params) {
            QueryStyles.append(query, param);
        }
        for (String[] pair : extra) {
            query.add(encode(pair[0]) + "=" + encode(pair[1]));
        }
        return query.length() == 0 ? null : query.toString();
    }

    /** Percent-encodes all but RFC 3986's unreserved characters, as UTF-8. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
