package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schemas into type uses, hoisting every structured inline schema (object, enum, union, merged
 * {@code allOf}) into a named type on the way.
 *
 * <p>References to component schemas become {@link TypeRef.Named} without looking inside, which is what
 * makes recursive schemas safe; other local references are followed with a guard on the reference
 * string, so a reference cycle ends in a warning instead of a stack overflow.
 */
final class SchemaConverter {

    private final ReadContext context;
    private final TypeBuilder builder;
    private final Set<String> following = new HashSet<>();

    SchemaConverter(ReadContext context) {
        this.context = context;
        this.builder = new TypeBuilder(context, this);
    }

    /** Reserves every component name first, then defines each, so references never wait for a name. */
    void defineComponents(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema<?> schema = entry.getValue() == null ? new Schema<>() : entry.getValue();
            context.registry().reserveComponent(entry.getKey(), allowsNull(schema));
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema<?> schema = entry.getValue() == null ? new Schema<>() : entry.getValue();
            String name = context.registry().componentName(entry.getKey());
            String pointer = JsonPointers.append("/components/schemas", entry.getKey());
            context.registry().define(component(name, schema, pointer));
        }
    }

    private TypeDef component(String name, Schema<?> schema, String pointer) {
        Schema<?> core = unwrap(schema);
        if (core.get$ref() == null && structured(core) && context.registry().inline(core) == null) {
            context.registry().rememberInline(core, new TypeUse(TypeRef.named(name), allowsNull(core)));
            return builder.build(name, core, pointer, schema);
        }
        TypeRef target = use(schema, name, pointer).type();
        return new TypeDef.AliasDef(name, text(schema.getDescription()), Boolean.TRUE.equals(schema.getDeprecated()),
                target, context.location(pointer));
    }

    /** The type of {@code schema} where it is used; {@code hint} names it if it must be hoisted. */
    TypeUse use(Schema<?> schema, String hint, String pointer) {
        if (schema == null) {
            return TypeUse.ANY;
        }
        if (schema.get$ref() != null) {
            return reference(schema, hint, pointer);
        }
        TypeUse known = context.registry().inline(schema);
        if (known != null) {
            return known;
        }
        boolean nullable = allowsNull(schema);
        Schema<?> core = unwrap(schema);
        if (core != schema) {
            return use(core, hint, pointer).orNullable(nullable);
        }
        if (structured(schema)) {
            String name = context.registry().allocate(hint);
            context.registry().rememberInline(schema, new TypeUse(TypeRef.named(name), nullable)); // it may contain itself
            String type = hoist(schema, name, pointer);
            TypeUse use = new TypeUse(TypeRef.named(type), nullable);
            context.registry().rememberInline(schema, use);
            return use;
        }
        return new TypeUse(plain(schema, hint, pointer), nullable);
    }

    /**
     * Defines the type of an inline schema under {@code name}, and returns its name; or, for a property
     * type alike to one defined before, gives {@code name} back and returns the earlier type's.
     *
     * <p>A property enum or object the service has defined before, with the same property name and
     * description and the same values or properties (their types included), is that type again: large
     * descriptions repeat the same inline object in many places (GitHub's webhook payloads hold the
     * same {@code type} of user hundreds of times), and one class per copy only made more code to
     * generate, compile and tell apart. Any other type is its own. A type that refers to {@code name},
     * itself or through types built with it, never matches an earlier one, so the types in use never
     * refer to a name given back.
     */
    private String hoist(Schema<?> schema, String name, String pointer) {
        TypeDef built = builder.build(name, schema, pointer, schema);
        String role = propertyRole(pointer);
        TypeRegistry.InlineKey key = role == null ? null : TypeRegistry.InlineKey.of(role, built);
        String twin = key == null ? null : context.registry().shared(key);
        if (twin != null) {
            context.registry().release(name);
            return twin;
        }
        context.registry().define(built);
        if (key != null) {
            context.registry().share(key, name);
        }
        return name;
    }

    /**
     * The wire name of the property whose schema {@code pointer} is ({@code labels}), or of whose array
     * items it is ({@code labels[]}); null for anything else (parameters, bodies, map values, variants).
     */
    private static String propertyRole(String pointer) {
        if (pointer.endsWith("/items")) {
            String array = propertyRole(pointer.substring(0, pointer.length() - "/items".length()));
            return array == null ? null : array + "[]";
        }
        int at = pointer.lastIndexOf("/properties/");
        if (at < 0 || pointer.indexOf('/', at + "/properties/".length()) >= 0) {
            return null;
        }
        return JsonPointers.unescape(pointer.substring(at + "/properties/".length()));
    }

    /** Arrays, maps and scalars: types that need no definition of their own. */
    private TypeRef plain(Schema<?> schema, String hint, String pointer) {
        Shapes.Shape shape = Shapes.of(schema);
        switch (shape) {
            case ARRAY:
                TypeRef items = use(schema.getItems(), hint + "Item", pointer + "/items").type();
                return new TypeRef.ListRef(items, Boolean.TRUE.equals(schema.getUniqueItems()));
            case MAP:
                return TypeRef.mapOf(additional(schema, hint, pointer).orElse(TypeRef.any()));
            case SCALAR:
                return TypeRef.scalar(Shapes.scalar(schema, Shapes.type(schema)));
            case MULTI_TYPE:
                context.problems().warning(pointer, "a schema of several types " + Shapes.types(schema)
                        + " has no single Java type; it is read as any JSON value");
                return TypeRef.any();
            default:
                return TypeRef.any();
        }
    }

    /** The type of extra properties: empty when they are not allowed or not declared. */
    java.util.Optional<TypeRef> additional(Schema<?> schema, String hint, String pointer) {
        Object extra = Shapes.additionalProperties(schema);
        if (extra instanceof Schema<?> values) {
            return java.util.Optional.of(use(values, hint + "Value", pointer + "/additionalProperties").type());
        }
        return Boolean.TRUE.equals(extra) ? java.util.Optional.of(TypeRef.any()) : java.util.Optional.empty();
    }

    private TypeUse reference(Schema<?> schema, String hint, String pointer) {
        String ref = schema.get$ref();
        boolean nullable = Shapes.nullable(schema);
        if (ref.startsWith(ModelRefs.SCHEMAS)) {
            String key = JsonPointers.unescape(ref.substring(ModelRefs.SCHEMAS.length()));
            String name = context.registry().componentName(key);
            if (name != null) {
                return new TypeUse(TypeRef.named(name), nullable || context.registry().isNullableComponent(name));
            }
        }
        Schema<?> target = context.refs().follow(ref, Schema.class);
        if (target == null) {
            context.problems().warning(pointer, "reference '" + ref + "' cannot be followed; it is read as any JSON value");
            return TypeUse.ANY;
        }
        if (!following.add(ref)) {
            context.problems().warning(pointer, "reference '" + ref + "' refers to itself; it is read as any JSON value");
            return TypeUse.ANY;
        }
        try {
            return use(target, hint, pointer).orNullable(nullable);
        } finally {
            following.remove(ref);
        }
    }

    /** The component schema, or the schema a local reference leads to; null when there is none. */
    Schema<?> target(String ref) {
        return context.refs().follow(ref, Schema.class);
    }

    /**
     * The schema that carries the meaning: {@code allOf} with one real part and otherwise only
     * annotations ({@code description}, {@code nullable}), and {@code oneOf}/{@code anyOf} of one type
     * and {@code null}, stand for that one part.
     */
    static Schema<?> unwrap(Schema<?> schema) {
        if (schema.get$ref() != null || schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            return schema;
        }
        List<Schema> parts = Shapes.notEmpty(schema.getAllOf()) ? schema.getAllOf() : null;
        if (parts != null && !Shapes.notEmpty(schema.getOneOf()) && !Shapes.notEmpty(schema.getAnyOf())) {
            List<Schema> real = new ArrayList<>();
            parts.stream().filter(part -> part != null && !annotationOnly(part)).forEach(real::add);
            return real.size() == 1 && schema.getDiscriminator() == null ? unwrap(real.get(0)) : schema;
        }
        List<Schema> variants = Shapes.notEmpty(schema.getOneOf()) ? schema.getOneOf() : schema.getAnyOf();
        if (Shapes.notEmpty(variants) && parts == null && schema.getDiscriminator() == null) {
            List<Schema> real = new ArrayList<>();
            variants.stream().filter(v -> v != null && !Shapes.onlyNull(v)).forEach(real::add);
            return real.size() == 1 ? unwrap(real.get(0)) : schema;
        }
        return schema;
    }

    /** Whether a schema only annotates: no type, no structure, no reference. */
    static boolean annotationOnly(Schema<?> part) {
        return part.get$ref() == null && Shapes.types(part).isEmpty() && part.getProperties() == null
                && part.getItems() == null && part.getAdditionalProperties() == null
                && !Shapes.notEmpty(part.getAllOf()) && !Shapes.notEmpty(part.getOneOf())
                && !Shapes.notEmpty(part.getAnyOf()) && !Shapes.notEmpty(part.getEnum()) && part.getConst() == null;
    }

    /** Whether null is allowed: nullable, a {@code "null"} type, a null enum value or a null variant. */
    static boolean allowsNull(Schema<?> schema) {
        if (Shapes.nullable(schema) || schema.getEnum() != null && schema.getEnum().contains(null)) {
            return true;
        }
        for (List<Schema> list : List.of(listOrEmpty(schema.getOneOf()), listOrEmpty(schema.getAnyOf()))) {
            if (list.stream().anyMatch(v -> v != null && Shapes.onlyNull(v))) {
                return true;
            }
        }
        return listOrEmpty(schema.getAllOf()).stream()
                .anyMatch(part -> part != null && annotationOnly(part) && Shapes.nullable(part));
    }

    /** Whether the schema needs a named definition: records, enums, unions and merged allOfs. */
    static boolean structured(Schema<?> schema) {
        return switch (Shapes.of(schema)) {
            case RECORD, ALL_OF, UNION -> true;
            case ENUM -> !Shapes.onlyNull(schema);
            default -> false;
        };
    }

    private static List<Schema> listOrEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    static String text(String text) {
        return text == null ? "" : text;
    }
}
