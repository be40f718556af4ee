package io.github.contractgen.generator.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A property of a record.
 *
 * @param name the wire name
 * @param type its type
 * @param required whether the contract lists it as required
 * @param nullable whether {@code null} is an allowed value
 * @param description may be empty
 * @param defaultValue the contract's default as JSON text, if any
 * @param readOnly whether the contract marks it readOnly
 * @param writeOnly whether the contract marks it writeOnly
 * @param deprecated whether the contract marks it deprecated
 */
public record Property(
        String name,
        TypeRef type,
        boolean required,
        boolean nullable,
        String description,
        Optional<String> defaultValue,
        boolean readOnly,
        boolean writeOnly,
        boolean deprecated) {

    public Property {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
