package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Applies operation and message traits. The object's own values win over its traits' (the rule AsyncAPI
 * 3.0 spells out, and what 2.x documents rely on in practice); traits are applied in order, objects
 * merged member by member, anything else replaced.
 */
final class Traits {

    private final Documents documents;

    Traits(Documents documents) {
        this.documents = documents;
    }

    /** {@code object} with its {@code traits} merged in; the result keeps the object's place. */
    Located apply(Located object) {
        Located traits = object.get("traits");
        if (!object.isObject() || !traits.node().isArray() || traits.node().isEmpty()) {
            return object;
        }
        ObjectNode merged = ((ObjectNode) object.node()).deepCopy();
        merged.remove("traits");
        for (Located trait : traits.elements()) {
            Optional<Located> resolved = documents.resolve(trait);
            if (resolved.isPresent() && resolved.get().isObject()) {
                fill(merged, resolved.get().node());
            }
        }
        return new Located(object.document(), object.pointer(), merged);
    }

    /** Adds what {@code into} lacks from {@code trait}, recursively for objects on both sides. */
    private static void fill(ObjectNode into, JsonNode trait) {
        Iterator<Map.Entry<String, JsonNode>> fields = trait.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode own = into.get(field.getKey());
            if (own == null || own.isNull()) {
                into.set(field.getKey(), field.getValue().deepCopy());
            } else if (own.isObject() && field.getValue().isObject() && !own.has("$ref")) {
                fill((ObjectNode) own, field.getValue());
            }
        }
    }
}
