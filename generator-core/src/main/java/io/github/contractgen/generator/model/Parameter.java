package io.github.contractgen.generator.model;

import java.util.Objects;

/**
 * A path, query, header or cookie parameter.
 *
 * @param name the wire name
 * @param in where it travels
 * @param type its type
 * @param required whether it must be given (path parameters always are)
 * @param style the serialisation style ({@code form}, {@code simple}, {@code spaceDelimited},
 *     {@code pipeDelimited}, {@code deepObject}, {@code label}, {@code matrix}), already defaulted
 * @param explode whether arrays and objects are exploded, already defaulted
 * @param description may be empty
 * @param deprecated whether the contract marks it deprecated
 */
public record Parameter(
        String name,
        ParameterLocation in,
        TypeRef type,
        boolean required,
        String style,
        boolean explode,
        String description,
        boolean deprecated) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(description, "description");
    }
}
