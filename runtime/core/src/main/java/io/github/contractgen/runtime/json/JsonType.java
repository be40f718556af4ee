package io.github.contractgen.runtime.json;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A full generic Java type to decode JSON into, such as {@code List<Pet>} or {@code Map<String, Pet>}.
 *
 * <p>Generated code builds these once, as constants, instead of passing Jackson's {@code TypeReference}
 * around, so that Jackson stays out of public signatures. Immutable; two instances are equal when their
 * underlying {@link Type}s are.
 *
 * @param <T> the Java type
 * @since 0.1.0
 */
public final class JsonType<T> {

    private final Type type;

    private JsonType(Type type) {
        this.type = type;
    }

    /** The plain (non-generic) type {@code type}. */
    public static <T> JsonType<T> of(Class<T> type) {
        return new JsonType<>(Objects.requireNonNull(type, "type"));
    }

    /** {@code List<E>}. */
    public static <E> JsonType<List<E>> listOf(JsonType<E> element) {
        Objects.requireNonNull(element, "element");
        return new JsonType<>(new ParameterizedTypeImpl(List.class, element.type));
    }

    /** {@code Set<E>}. */
    public static <E> JsonType<Set<E>> setOf(JsonType<E> element) {
        Objects.requireNonNull(element, "element");
        return new JsonType<>(new ParameterizedTypeImpl(Set.class, element.type));
    }

    /** {@code Map<String, V>}. */
    public static <V> JsonType<Map<String, V>> mapOf(JsonType<V> value) {
        Objects.requireNonNull(value, "value");
        return new JsonType<>(new ParameterizedTypeImpl(Map.class, String.class, value.type));
    }

    /** The underlying reflective type. */
    public Type type() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonType<?> that && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }
}
