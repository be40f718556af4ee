package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the properties of a schema and of all its {@code allOf} parts, following references, into
 * one record: properties in order of appearance (a later part redefines a property in place), required
 * names as the union. A visited set keyed by reference stops cycles.
 */
final class AllOfMerger {

    /**
     * How many references deep an {@code allOf} chain is followed. Merging recurses once per level, so
     * a machine-made chain thousands deep would end in a StackOverflowError; no hand-written hierarchy
     * comes near this.
     */
    static final int MAX_DEPTH = 256;

    private final ReadContext context;
    private final SchemaConverter converter;
    private final TypeBuilder.RecordParts parts;
    private final Set<String> visited = new HashSet<>();
    private int depth;

    AllOfMerger(ReadContext context, SchemaConverter converter, TypeBuilder.RecordParts parts) {
        this.context = context;
        this.converter = converter;
        this.parts = parts;
    }

    /** Merges {@code schema}; {@code owner} names the types hoisted from its inline properties. */
    void merge(Schema<?> schema, String owner, String pointer) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            mergeReference(schema.get$ref(), owner, pointer);
            return;
        }
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                merge(allOf.get(i), owner, pointer + "/allOf/" + i);
            }
        }
        if (Shapes.notEmpty(schema.getOneOf()) || Shapes.notEmpty(schema.getAnyOf()) || Shapes.notEmpty(schema.getEnum())) {
            context.problems().warning(pointer, "a oneOf, anyOf or enum combined with allOf is not merged into '"
                    + owner + "'; only properties are");
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> parts.properties.put(name, new TypeBuilder.RecordParts.Source(
                    name, property, owner, JsonPointers.append(pointer + "/properties", name))));
        }
        if (schema.getRequired() != null) {
            parts.required.addAll(schema.getRequired());
        }
        Object extra = Shapes.additionalProperties(schema);
        if (extra instanceof Schema<?> || Boolean.TRUE.equals(extra)) {
            parts.additional = new TypeBuilder.RecordParts.Extra(schema, owner, pointer);
        }
    }

    private void mergeReference(String ref, String owner, String pointer) {
        if (!visited.add(ref)) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            if (context.problems().once("allOf depth")) {
                context.problems().error(pointer, "allOf references nest more than " + MAX_DEPTH + " levels deep"
                        + " (the most contractgen follows) at '" + ref + "'; flatten the hierarchy");
            }
            return;
        }
        Schema<?> target = converter.target(ref);
        if (target == null) {
            context.problems().warning(pointer, "reference '" + ref + "' in allOf cannot be followed; its properties are missing");
            return;
        }
        String partOwner = owner;
        String partPointer = pointer;
        if (ref.startsWith(ModelRefs.SCHEMAS)) {
            String key = JsonPointers.unescape(ref.substring(ModelRefs.SCHEMAS.length()));
            String name = context.registry().componentName(key);
            partOwner = name == null ? owner : name;
            partPointer = JsonPointers.append("/components/schemas", key);
        }
        depth++;
        merge(target, partOwner, partPointer);
        depth--;
    }
}
