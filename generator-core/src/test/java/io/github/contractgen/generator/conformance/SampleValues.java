package io.github.contractgen.generator.conformance;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.contractgen.runtime.OpenEnum;
import io.github.contractgen.runtime.http.BinaryPart;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Makes an argument for a generated method from its Java type, deterministically: with
 * {@link Fill#REQUIRED} only what the contract requires (a {@code @Nullable} parameter and an optional
 * record component stay null), with {@link Fill#EVERYTHING} every parameter and component. Arrays get two
 * elements, maps one entry, records are built through their canonical constructor, a sealed
 * interface ({@code oneOf}) through its first permitted record, an open enum is its first known value.
 *
 * <p>A string takes its form from the schema the caller names (see {@link SampleStrings}). A type this
 * class cannot make is an {@link IllegalStateException} naming it, never a silent null.
 */
public final class SampleValues {

    /** How much of a request to fill. */
    public enum Fill {
        REQUIRED, EVERYTHING
    }

    private static final int MAX_DEPTH = 5;
    private static final byte[] BYTES = {1, 2, 3, 4};
    private static final OffsetDateTime INSTANT = OffsetDateTime.of(2024, 1, 15, 10, 15, 30, 0, ZoneOffset.UTC);

    private final Fill fill;
    private final Function<String, Optional<Schema<?>>> properties;

    /**
     * @param properties the schema of a JSON property by name, for record components
     */
    SampleValues(Fill fill, Function<String, Optional<Schema<?>>> properties) {
        this.fill = fill;
        this.properties = properties;
    }

    /** A method argument: null when it is {@code @Nullable} and only required ones are filled. */
    @Nullable Object argument(AnnotatedType type, @Nullable Schema<?> schema) {
        if (fill == Fill.REQUIRED && type.isAnnotationPresent(Nullable.class)) {
            return null;
        }
        return value(type.getType(), schema, 0, 0);
    }

    private Object value(Type type, @Nullable Schema<?> schema, int depth, int salt) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized, schema, depth, salt);
        }
        if (type instanceof WildcardType wildcard) {
            return value(wildcard.getUpperBounds()[0], schema, depth, salt);
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalStateException("cannot make a value of type " + type);
        }
        Object simple = simple(raw, schema, salt);
        if (simple != null) {
            return simple;
        }
        if (OpenEnum.class.isAssignableFrom(raw)) {
            return openEnum(raw, salt);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[salt % constants.length];
        }
        if (raw.isRecord()) {
            return record(raw, depth);
        }
        if (raw.isSealed()) {
            return value(raw.getPermittedSubclasses()[0], schema, depth, salt);
        }
        throw new IllegalStateException("cannot make a value of " + raw.getName());
    }

    private static @Nullable Object simple(Class<?> raw, @Nullable Schema<?> schema, int salt) {
        if (raw == String.class) {
            return SampleStrings.string(schema, salt);
        }
        Object number = number(raw, schema, salt);
        if (number != null) {
            return number;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Boolean.TRUE;
        }
        if (raw == byte[].class) {
            return BYTES.clone();
        }
        if (raw == BinaryPart.class) {
            return new BinaryPart("sample" + salt + ".bin", "application/octet-stream", BYTES);
        }
        if (raw == InputStream.class) {
            return new ByteArrayInputStream(BYTES);
        }
        if (raw == Object.class) {
            return "any" + salt;
        }
        return time(raw, salt);
    }

    private static @Nullable Object number(Class<?> raw, @Nullable Schema<?> schema, int salt) {
        long whole = SampleStrings.integer(schema, salt);
        if (raw == int.class || raw == Integer.class) {
            return (int) whole;
        }
        if (raw == long.class || raw == Long.class) {
            return whole;
        }
        if (raw == double.class || raw == Double.class) {
            return (double) whole;
        }
        if (raw == float.class || raw == Float.class) {
            return (float) whole;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.valueOf(whole);
        }
        if (raw == BigInteger.class) {
            return BigInteger.valueOf(whole);
        }
        return null;
    }

    private static @Nullable Object time(Class<?> raw, int salt) {
        OffsetDateTime at = INSTANT.plusDays(salt);
        Map<Class<?>, Object> values = Map.of(
                LocalDate.class, at.toLocalDate(),
                OffsetDateTime.class, at,
                ZonedDateTime.class, at.toZonedDateTime(),
                Instant.class, at.toInstant(),
                LocalDateTime.class, at.toLocalDateTime(),
                LocalTime.class, at.toLocalTime(),
                OffsetTime.class, at.toOffsetTime(),
                UUID.class, new UUID(0x3fa85f6457174562L, 0xb3fc2c963f66afa6L + salt),
                URI.class, URI.create("https://example.com/a" + salt),
                Duration.class, Duration.ofSeconds(30 + salt));
        return values.get(raw);
    }

    private Object parameterized(ParameterizedType type, @Nullable Schema<?> schema, int depth, int salt) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            Schema<?> items = schema == null ? null : schema.getItems();
            Collection<Object> elements = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            if (depth < MAX_DEPTH) {
                elements.add(value(arguments[0], items, depth + 1, 0));
                elements.add(value(arguments[0], items, depth + 1, 1));
            }
            return Set.class.isAssignableFrom(raw) ? Set.copyOf(elements) : List.copyOf(elements);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            if (depth < MAX_DEPTH) {
                Schema<?> values = schema != null && schema.getAdditionalProperties() instanceof Schema<?> extra ? extra : null;
                entries.put(value(arguments[0], null, depth + 1, salt), value(arguments[1], values, depth + 1, salt));
            }
            return entries;
        }
        if (raw == Optional.class) {
            return Optional.of(value(arguments[0], schema, depth, salt));
        }
        return value(raw, schema, depth, salt);
    }

    private static Object openEnum(Class<?> raw, int salt) {
        try {
            List<?> known = (List<?>) raw.getMethod("knownValues").invoke(null);
            return known.get(salt % known.size());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot list the known values of " + raw.getName(), e);
        }
    }

    /** A one-component record of a sealed interface: a oneOf alternative that wraps its value, never empty. */
    private static boolean variant(Class<?> raw) {
        return raw.getRecordComponents().length == 1
                && java.util.Arrays.stream(raw.getInterfaces()).anyMatch(Class::isSealed);
    }

    private Object record(Class<?> raw, int depth) {
        RecordComponent[] components = raw.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            // @JsonProperty cannot sit on a record component; javac copies it to the accessor.
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            boolean required = component.getType().isPrimitive() || (property != null && property.required());
            boolean fillIt = required || variant(raw) || (fill == Fill.EVERYTHING && depth < MAX_DEPTH);
            Schema<?> schema = property == null ? null : properties.apply(property.value()).orElse(null);
            arguments[i] = fillIt ? value(component.getGenericType(), schema, depth + 1, 0) : null;
        }
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the canonical constructor of " + raw.getName() + " refused "
                    + java.util.Arrays.asList(arguments), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + raw.getName(), e);
        }
    }
}
