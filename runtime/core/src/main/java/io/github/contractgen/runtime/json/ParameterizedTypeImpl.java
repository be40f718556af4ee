package io.github.contractgen.runtime.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A parameterized type such as {@code List<Pet>}. Equality follows the contract of
 * {@link ParameterizedType} so that it equals the JDK's own instances of the same type.
 */
final class ParameterizedTypeImpl implements ParameterizedType {

    private final Class<?> raw;
    private final Type[] arguments;

    ParameterizedTypeImpl(Class<?> raw, Type... arguments) {
        this.raw = raw;
        this.arguments = arguments.clone();
    }

    @Override
    public Type[] getActualTypeArguments() {
        return arguments.clone();
    }

    @Override
    public Type getRawType() {
        return raw;
    }

    @Override
    public Type getOwnerType() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterizedType that
                && raw.equals(that.getRawType())
                && that.getOwnerType() == null
                && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
        // The JDK's ParameterizedTypeImpl hash: arguments ^ owner (0 for null) ^ raw.
        return Arrays.hashCode(arguments) ^ raw.hashCode();
    }

    @Override
    public String getTypeName() {
        return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName)
                .collect(Collectors.joining(", ", "<", ">"));
    }

    @Override
    public String toString() {
        return getTypeName();
    }
}
