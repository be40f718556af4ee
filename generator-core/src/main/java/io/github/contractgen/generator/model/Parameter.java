package io.github.contractgen.generator.model;

import java.util.Objects;
import java.util.Optional;

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
 * @param limits the default and bounds its schema declares, for documentation
 */
public record Parameter(
        String name,
        ParameterLocation in,
        TypeRef type,
        boolean required,
        String style,
        boolean explode,
        String description,
        boolean deprecated,
        Limits limits) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(limits, "limits");
    }

    /** A parameter whose schema declares no default and no bounds. */
    public Parameter(String name, ParameterLocation in, TypeRef type, boolean required, String style, boolean explode,
            String description, boolean deprecated) {
        this(name, in, type, required, style, explode, description, deprecated, Limits.NONE);
    }

    /**
     * What a parameter's schema says about its values beyond the type. The generated client does not
     * enforce these (the service does); they belong in the parameter's Javadoc so that a caller need
     * not open the contract. Allowed enum values are not repeated here: they are the type's own.
     *
     * @param defaultValue the value the service assumes when the parameter is absent, as JSON text
     * @param minimum the inclusive lower bound, as a plain decimal number
     * @param maximum the inclusive upper bound, as a plain decimal number
     */
    public record Limits(Optional<String> defaultValue, Optional<String> minimum, Optional<String> maximum) {

        public static final Limits NONE = new Limits(Optional.empty(), Optional.empty(), Optional.empty());

        public Limits {
            Objects.requireNonNull(defaultValue, "defaultValue");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }
    }
}
