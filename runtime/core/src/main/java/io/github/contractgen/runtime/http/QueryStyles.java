package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.http.RestCall.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes one query parameter in its OpenAPI style. Exploded lists repeat the key; non-exploded lists
 * join with the style's delimiter (comma, encoded space, encoded pipe); objects become
 * {@code key=value} pairs (form, exploded), {@code name=k,v,...} (form) or {@code name[key]=value}
 * (deepObject).
 */
final class QueryStyles {

    private QueryStyles() {}

    static void append(StringJoiner query, QueryParam param) {
        String name = param.name();
        Object value = param.value();
        if (param.style() == QueryStyle.DEEP_OBJECT && ParamRenderer.isObject(value)) {
            deepObject(query, name, ParamRenderer.properties(value));
        } else if (ParamRenderer.isList(value)) {
            list(query, name, ParamRenderer.elements(value), param.style(), param.explode());
        } else if (ParamRenderer.isObject(value)) {
            object(query, name, ParamRenderer.properties(value), param.explode());
        } else {
            pair(query, name, ParamRenderer.scalar(value));
        }
    }

    private static void list(StringJoiner query, String name, List<Object> items, QueryStyle style, boolean explode) {
        if (items.isEmpty()) {
            return;
        }
        if (explode || style == QueryStyle.DEEP_OBJECT) {
            items.forEach(item -> pair(query, name, ParamRenderer.scalar(item)));
            return;
        }
        String delimiter = switch (style) {
            case SPACE_DELIMITED -> "%20";
            case PIPE_DELIMITED -> "%7C";
            default -> ",";
        };
        StringJoiner joined = new StringJoiner(delimiter);
        items.forEach(item -> joined.add(UriEncoder.encode(ParamRenderer.scalar(item))));
        query.add(UriEncoder.encode(name) + "=" + joined);
    }

    private static void object(StringJoiner query, String name, Map<String, Object> properties, boolean explode) {
        if (explode) {
            properties.forEach((key, value) -> pair(query, key, flat(value)));
            return;
        }
        StringJoiner joined = new StringJoiner(",");
        properties.forEach((key, value) -> joined.add(UriEncoder.encode(key)).add(UriEncoder.encode(flat(value))));
        query.add(UriEncoder.encode(name) + "=" + joined);
    }

    private static void deepObject(StringJoiner query, String prefix, Map<String, Object> properties) {
        properties.forEach((key, value) -> {
            String name = prefix + "[" + key + "]";
            if (ParamRenderer.isObject(value)) {
                deepObject(query, name, ParamRenderer.properties(value));
            } else if (ParamRenderer.isList(value)) {
                ParamRenderer.elements(value).forEach(item -> pair(query, name, ParamRenderer.scalar(item)));
            } else {
                pair(query, name, ParamRenderer.scalar(value));
            }
        });
    }

    /** A nested value inside a non-deepObject object: lists comma-joined, anything else as text. */
    private static String flat(Object value) {
        if (ParamRenderer.isList(value)) {
            StringJoiner joined = new StringJoiner(",");
            ParamRenderer.elements(value).forEach(item -> joined.add(ParamRenderer.scalar(item)));
            return joined.toString();
        }
        return ParamRenderer.scalar(value);
    }

    private static void pair(StringJoiner query, String name, String value) {
        query.add(UriEncoder.encode(name) + "=" + UriEncoder.encode(value));
    }
}
