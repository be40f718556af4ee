package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the definition of one structured schema: a record ({@code allOf} merged), a union or an enum. */
final class TypeBuilder {

    private final ReadContext context;
    private final SchemaConverter converter;

    TypeBuilder(ReadContext context, SchemaConverter converter) {
        this.context = context;
        this.converter = converter;
    }

    /**
     * The definition named {@code name} for {@code schema}; {@code outer} is the schema as written, which
     * may wrap it (its description and deprecation win).
     */
    TypeDef build(String name, Schema<?> schema, String pointer, Schema<?> outer) {
        String description = SchemaConverter.text(outer.getDescription() != null ? outer.getDescription()
                : schema.getDescription());
        boolean deprecated = Boolean.TRUE.equals(outer.getDeprecated()) || Boolean.TRUE.equals(schema.getDeprecated());
        return switch (Shapes.of(schema)) {
            case UNION -> union(name, schema, pointer, description, deprecated);
            case ENUM -> enumeration(name, schema, pointer, description, deprecated);
            default -> record(name, schema, pointer, description, deprecated);
        };
    }

    private TypeDef record(String name, Schema<?> schema, String pointer, String description, boolean deprecated) {
        RecordParts parts = new RecordParts();
        new AllOfMerger(context, converter, parts).merge(schema, name, pointer);
        // Converted once, for the part that wins: an earlier part's value type would be made and never used.
        Optional<TypeRef> additional = parts.additional == null ? Optional.empty()
                : converter.additional(parts.additional.schema(), parts.additional.owner(), parts.additional.pointer());
        List<Property> properties = new ArrayList<>();
        for (RecordParts.Source source : parts.properties.values()) {
            properties.add(property(source, parts.required.contains(source.name())));
        }
        properties.addAll(undeclaredRequired(name, parts, pointer));
        return new TypeDef.RecordDef(name, description, deprecated, properties, additional,
                context.location(pointer));
    }

    /**
     * A required name without a property (legal JSON Schema, and in real descriptions mostly a typo of a
     * declared name): a required component of any JSON value, so that a request can still satisfy the
     * schema, and a warning that names the nearest declared property.
     */
    private List<Property> undeclaredRequired(String name, RecordParts parts, String pointer) {
        List<Property> added = new ArrayList<>();
        for (String required : parts.required) {
            if (required == null || parts.properties.containsKey(required)) {
                continue;
            }
            String hint = NearestName.among(required, parts.properties.keySet())
                    .map(nearest -> "; did you mean '" + nearest + "'?").orElse("");
            context.problems().warning(pointer, "schema '" + name + "' requires '" + required + "' but declares no"
                    + " such property; it is generated as a required component of any JSON value" + hint);
            added.add(new Property(required, TypeRef.any(), true, false, "", Optional.empty(), false, false, false));
        }
        return added;
    }

    private Property property(RecordParts.Source source, boolean required) {
        Schema<?> schema = source.schema() == null ? new Schema<>() : source.schema();
        TypeUse use = converter.use(schema, ReadContext.join(source.owner(), source.name()), source.pointer());
        return new Property(source.name(), use.type(), required, use.nullable(),
                SchemaConverter.text(schema.getDescription()), defaultText(schema.getDefault()),
                Boolean.TRUE.equals(schema.getReadOnly()), Boolean.TRUE.equals(schema.getWriteOnly()),
                Boolean.TRUE.equals(schema.getDeprecated()));
    }

    private TypeDef union(String name, Schema<?> schema, String pointer, String description, boolean deprecated) {
        boolean oneOf = Shapes.notEmpty(schema.getOneOf());
        List<Schema> alternatives = oneOf ? schema.getOneOf() : schema.getAnyOf();
        String keyword = oneOf ? "/oneOf/" : "/anyOf/";
        Set<TypeRef> variants = new LinkedHashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Schema<?> variant = alternatives.get(i);
            if (variant == null || Shapes.onlyNull(variant)) {
                continue;
            }
            String hint = variant.getTitle() != null && !variant.getTitle().isBlank()
                    ? ReadContext.join(name, variant.getTitle()) : ReadContext.suffix(name, "Option" + (i + 1));
            variants.add(converter.use(variant, hint, pointer + keyword + i).type());
        }
        Discriminator discriminator = schema.getDiscriminator();
        String property = discriminator == null || discriminator.getPropertyName() == null
                ? "" : discriminator.getPropertyName();
        Map<String, String> mapping = property.isEmpty() ? Map.of() : mapping(discriminator, variants, pointer);
        return new TypeDef.UnionDef(name, description, deprecated, List.copyOf(variants), property, mapping,
                context.location(pointer));
    }

    private Map<String, String> mapping(Discriminator discriminator, Set<TypeRef> variants, String pointer) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (discriminator.getMapping() != null) {
            discriminator.getMapping().forEach((value, target) -> {
                String type = mappingTarget(target);
                if (type == null) {
                    context.problems().warning(pointer + "/discriminator/mapping",
                            "discriminator mapping '" + value + "' names '" + target
                                    + "', which is not a schema of this contract; the entry is ignored");
                } else {
                    mapping.put(value, type);
                }
            });
        }
        for (TypeRef variant : variants) {
            if (variant instanceof TypeRef.Named named && !mapping.containsValue(named.name())) {
                mapping.putIfAbsent(context.registry().schemaName(named.name()), named.name());
            }
        }
        return mapping;
    }

    private String mappingTarget(String target) {
        if (target.startsWith(ModelRefs.SCHEMAS)) {
            return context.registry().componentName(JsonPointers.unescape(target.substring(ModelRefs.SCHEMAS.length())));
        }
        if (!target.contains("/") && !target.contains("#")) {
            return context.registry().componentName(target);
        }
        // A reference into another file: swagger-parser gave the schema its last name segment.
        String last = target.substring(target.lastIndexOf('/') + 1);
        return context.registry().componentName(JsonPointers.unescape(last));
    }

    private TypeDef enumeration(String name, Schema<?> schema, String pointer, String description, boolean deprecated) {
        List<?> raw = Shapes.notEmpty(schema.getEnum()) ? schema.getEnum() : java.util.Collections.singletonList(schema.getConst());
        Set<String> values = new LinkedHashSet<>();
        for (Object value : raw) {
            if (value != null && !(value instanceof JsonNode node && node.isNull())) {
                values.add(valueText(value));
            }
        }
        return new TypeDef.EnumDef(name, description, deprecated, enumBase(schema, raw), List.copyOf(values),
                context.location(pointer));
    }

    private static TypeRef.Scalar enumBase(Schema<?> schema, List<?> values) {
        String type = Shapes.type(schema);
        if (type == null) {
            boolean integral = values.stream().allMatch(v -> v == null || v instanceof Integer || v instanceof Long
                    || v instanceof java.math.BigInteger);
            boolean allNull = values.stream().allMatch(java.util.Objects::isNull);
            type = integral && !allNull ? "integer" : "string";
        }
        TypeRef.Scalar scalar = Shapes.scalar(schema, type);
        return scalar == TypeRef.Scalar.INTEGER ? TypeRef.Scalar.INT64 : scalar;
    }

    private static String valueText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof JsonNode node) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        return String.valueOf(value);
    }

    /** A default as JSON text: strings quoted, numbers and booleans as they are, objects as JSON. */
    static Optional<String> defaultText(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
        if (value instanceof JsonNode node) {
            return Optional.of(node.toString());
        }
        return Optional.of(TextNode.valueOf(value.toString()).toString());
    }

    /** The properties, required names and extra-property type collected from a schema and its allOf parts. */
    static final class RecordParts {
        record Source(String name, Schema<?> schema, String owner, String pointer) {}

        /** A part that allows extra properties: its schema, the owner that names a hoisted value type, where. */
        record Extra(Schema<?> schema, String owner, String pointer) {}

        final Map<String, Source> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        /** The last part that allows extra properties: only its value type is made (see record()). */
        Extra additional;
    }
}
