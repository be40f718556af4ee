package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named type: a record, an enum, a union ({@code oneOf}/{@code anyOf}) or an alias of another type.
 * Every TypeDef has a contract name unique within its service; inline schemas get a name derived
 * from where they stand ({@code Pet} + {@code owner} gives {@code PetOwner}), and an inline property
 * enum or object alike to an earlier one is that earlier type (see the OpenAPI reader's
 * {@code SchemaConverter}).
 */
public sealed interface TypeDef {

    String name();

    String description();

    boolean deprecated();

    SourceLocation location();

    /**
     * An object: a record with one component per property, {@code allOf} already merged.
     *
     * @param properties in contract order
     * @param additionalProperties the type of extra properties, when the contract allows them with a
     *     schema (they are kept in a map component); empty when extras are not modelled
     */
    record RecordDef(
            String name,
            String description,
            boolean deprecated,
            List<Property> properties,
            Optional<TypeRef> additionalProperties,
            SourceLocation location)
            implements TypeDef {
        public RecordDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            properties = List.copyOf(properties);
            Objects.requireNonNull(additionalProperties, "additionalProperties");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * An enumeration that keeps values it does not know.
     *
     * @param base {@link TypeRef.Scalar#STRING}, {@link TypeRef.Scalar#INT32} or
     *     {@link TypeRef.Scalar#INT64} (or another scalar, written as text)
     * @param values the contract's values as JSON text without quotes, in contract order, no duplicates
     */
    record EnumDef(
            String name,
            String description,
            boolean deprecated,
            TypeRef.Scalar base,
            List<String> values,
            SourceLocation location)
            implements TypeDef {
        public EnumDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(base, "base");
            values = List.copyOf(values);
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * {@code oneOf} or {@code anyOf}: a sealed interface with one variant per alternative.
     *
     * @param variants the alternatives, in contract order; a variant that is not a named record is
     *     wrapped by the emitter
     * @param discriminator the discriminator property's wire name, empty when there is none (the
     *     variants are then tried in order)
     * @param mapping discriminator value to variant type name, in contract order (defaults filled in
     *     by the reader: a variant's own name when no mapping names it)
     */
    record UnionDef(
            String name,
            String description,
            boolean deprecated,
            List<TypeRef> variants,
            String discriminator,
            Map<String, String> mapping,
            SourceLocation location)
            implements TypeDef {
        public UnionDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            variants = List.copyOf(variants);
            Objects.requireNonNull(discriminator, "discriminator");
            mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
            Objects.requireNonNull(location, "location");
        }
    }

    /** A named schema that is not an object, enum or union: a list, map or scalar under a name. */
    record AliasDef(String name, String description, boolean deprecated, TypeRef target, SourceLocation location)
            implements TypeDef {
        public AliasDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(location, "location");
        }
    }
}
