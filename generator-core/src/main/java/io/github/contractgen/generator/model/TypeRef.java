package io.github.contractgen.generator.model;

import java.util.Objects;

/**
 * A use of a type: a scalar, a list, a map, or a reference to a named {@link TypeDef}.
 * Nullability belongs to the use site ({@link Property#nullable()}, {@link Response#nullable()}), not to
 * the type.
 */
public sealed interface TypeRef {

    /** Built-in scalar types, each with one fixed Java mapping. */
    enum Scalar {
        STRING,
        INT32,
        INT64,
        /**
         * An integer wider than a long: {@code format: uint64}, or an {@code integer} whose declared bounds
         * do not fit a long. (The OpenAPI reader reads {@code integer} without a format as INT64.)
         */
        INTEGER,
        FLOAT,
        DOUBLE,
        /** {@code format: decimal}: BigDecimal. (The OpenAPI reader reads {@code number} without a format as DOUBLE.) */
        DECIMAL,
        BOOLEAN,
        DATE,
        DATE_TIME,
        TIME,
        DURATION,
        UUID,
        URI,
        /** {@code format: byte}: base64 in JSON, {@code byte[]} in Java. */
        BYTES,
        /** {@code format: binary} or a non-JSON body: raw bytes. */
        BINARY,
        /** No constraint at all (free-form, or a construct the generator maps to a general type). */
        ANY
    }

    record ScalarRef(Scalar scalar) implements TypeRef {
        public ScalarRef {
            Objects.requireNonNull(scalar, "scalar");
        }
    }

    /** An array; {@code unique} when the contract says {@code uniqueItems}. */
    record ListRef(TypeRef items, boolean unique) implements TypeRef {
        public ListRef {
            Objects.requireNonNull(items, "items");
        }
    }

    /** A JSON object with string keys, from {@code additionalProperties}. */
    record MapRef(TypeRef values) implements TypeRef {
        public MapRef {
            Objects.requireNonNull(values, "values");
        }
    }

    /** A reference to the {@link TypeDef} of the same service with this contract name. */
    record Named(String name) implements TypeRef {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    static TypeRef scalar(Scalar scalar) {
        return new ScalarRef(scalar);
    }

    static TypeRef any() {
        return new ScalarRef(Scalar.ANY);
    }

    static TypeRef named(String name) {
        return new Named(name);
    }

    static TypeRef listOf(TypeRef items) {
        return new ListRef(items, false);
    }

    static TypeRef mapOf(TypeRef values) {
        return new MapRef(values);
    }
}
