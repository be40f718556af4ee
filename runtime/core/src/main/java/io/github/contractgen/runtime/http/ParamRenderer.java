package io.github.contractgen.runtime.http;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders parameter values as the text that goes into a path, query, header or cookie.
 *
 * <p>The rules match what the JSON codec writes for the same value, so that a date or an enum looks
 * the same in a query as in a body: {@code @JsonValue} for generated enums, ISO-8601 with seconds for
 * {@code java.time}, base64 for {@code byte[]}, plain notation for {@code BigDecimal}, else
 * {@code toString()}.
 */
final class ParamRenderer {

    private static final JsonType<Map<String, Object>> MAP = JsonType.mapOf(JsonType.of(Object.class));

    /** Whether a class has a {@code @JsonValue} method, looked up once per class. */
    private static final ClassValue<Method> JSON_VALUE = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                    return method;
                }
            }
            return null;
        }
    };

    private ParamRenderer() {}

    /** One scalar value as text. */
    static String scalar(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String time = time(value);
        if (time != null) {
            return time;
        }
        Method jsonValue = JSON_VALUE.get(value.getClass());
        if (jsonValue != null) {
            try {
                Object raw = jsonValue.invoke(value);
                return raw == null ? "" : scalar(raw);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot render " + value.getClass().getName()
                        + " through its @JsonValue method", e);
            }
        }
        return value.toString();
    }

    private static String time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof Instant t) {
            return DateTimeFormatter.ISO_INSTANT.format(t);
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (value instanceof LocalTime t) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        }
        if (value instanceof OffsetTime t) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        }
        return null; // LocalDate, Duration, Period, YearMonth: toString() is ISO-8601 already
    }

    /** Whether {@code value} is a list of values rather than one. */
    static boolean isList(Object value) {
        return value instanceof Collection<?> || value instanceof Object[];
    }

    /** A collection or array's elements, nulls left out. */
    static List<Object> elements(Object value) {
        List<Object> elements = new ArrayList<>();
        Iterable<?> items = value instanceof Object[] array ? List.of(array) : (Collection<?>) value;
        for (Object item : items) {
            if (item != null) {
                elements.add(item);
            }
        }
        return elements;
    }

    /**
     * Whether {@code value} is an object with named properties (a map, a record, a bean) rather than a
     * scalar or a list.
     */
    static boolean isObject(Object value) {
        if (value instanceof Map<?, ?>) {
            return true;
        }
        Class<?> type = value.getClass();
        return !(value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof byte[] || isList(value) || type.isEnum()
                || type.getName().startsWith("java.") || JSON_VALUE.get(type) != null);
    }

    /** An object's properties by their JSON names, nulls left out, in declaration order. */
    static Map<String, Object> properties(Object value) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null) {
                    properties.put(String.valueOf(k), v);
                }
            });
            return properties;
        }
        // Through the JSON codec, so that @JsonProperty names and @JsonValue enums apply.
        JsonCodec codec = JsonCodec.shared();
        codec.decode(codec.encode(value), MAP).forEach((k, v) -> {
            if (v != null) {
                properties.put(k, v);
            }
        });
        return properties;
    }
}
