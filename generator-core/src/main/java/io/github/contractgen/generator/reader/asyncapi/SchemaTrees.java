package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.source.JsonPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the JSON Schemas of an AsyncAPI document into the one shape the shared schema converter
 * reads: every {@code $ref} points at {@code #/components/schemas/<key>}.
 *
 * <p>The main document's component schemas keep their keys (and so their type names). A schema that is
 * referenced elsewhere — in another file, or under {@code definitions} — is imported as a component of
 * its own, named after the last token of the reference's pointer or, for a whole file, after the file
 * ({@code assignment-result.json} → {@code assignment-result}), so that a schema shared by several
 * messages is one type. AsyncAPI's own variations are settled here: a {@code discriminator} given as a
 * bare property name, and multi-format schema objects ({@code schemaFormat} + {@code schema}).
 */
final class SchemaTrees {

    private static final Pattern MAIN_COMPONENT = Pattern.compile("^/components/schemas/([^/]+)$");
    private static final Set<String> LITERALS = Set.of("example", "examples", "default", "enum", "const");
    private static final Set<String> DROPPED = Set.of("$id", "$schema", "$comment", "definitions", "$defs");
    private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "dependentSchemas");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Documents documents;
    private final Located main;
    private final Map<String, ObjectNode> components = new LinkedHashMap<>();
    private final Map<String, String> importedKeys = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();
    private final Deque<Map.Entry<String, Located>> pending = new ArrayDeque<>();
    private final Map<String, ObjectNode> uses = new LinkedHashMap<>();

    SchemaTrees(Documents documents, Located root) {
        this.documents = documents;
        this.main = root;
        Located schemas = root.get("components").get("schemas");
        schemas.members().forEach(member -> usedKeys.add(member.getKey()));
        schemas.members().forEach(member -> pending.add(member));
    }

    /** Whether {@code format} (a {@code schemaFormat}) is JSON Schema or a dialect of it; empty means yes. */
    static boolean isJsonSchema(String format) {
        String lower = format.toLowerCase(Locale.ROOT).strip();
        return lower.isEmpty() || lower.startsWith("application/vnd.aai.asyncapi")
                || lower.startsWith("application/schema") || lower.startsWith("application/vnd.oai.openapi");
    }

    /**
     * Registers a schema used by a message; returns the key under which {@link #uses()} holds its tree
     * (a reference that cannot be followed is reported and becomes any value).
     */
    String use(Located schema) {
        String key = "use" + uses.size();
        uses.put(key, normalize(schema));
        return key;
    }

    /** The trees of the used schemas, by key. */
    Map<String, ObjectNode> uses() {
        return uses;
    }

    /** Every component, the main document's and the imported ones, normalised. */
    Map<String, ObjectNode> components() {
        while (!pending.isEmpty()) {
            Map.Entry<String, Located> next = pending.poll();
            components.put(next.getKey(), normalize(unwrapFormat(next.getValue())));
        }
        return components;
    }

    /** A multi-format schema object stands for its schema, or for any value when it is not JSON Schema. */
    private Located unwrapFormat(Located schema) {
        if (schema.isObject() && schema.node().has("schemaFormat") && schema.node().has("schema")) {
            if (!isJsonSchema(schema.text("schemaFormat"))) {
                return new Located(schema.document(), schema.pointer(), NODES.objectNode());
            }
            return schema.get("schema");
        }
        return schema;
    }

    private ObjectNode normalize(Located schema) {
        ObjectNode copy = NODES.objectNode();
        if (!schema.isObject()) {
            return copy; // true, or nothing: any value
        }
        JsonNode ref = schema.node().get("$ref");
        if (ref != null && ref.isTextual()) {
            return reference(schema, ref.asText());
        }
        for (Map.Entry<String, Located> member : schema.members()) {
            String key = member.getKey();
            JsonNode value = member.getValue().node();
            if (DROPPED.contains(key)) {
                continue;
            }
            if (LITERALS.contains(key) || key.startsWith("x-") || value.isValueNode() && !key.equals("discriminator")) {
                copy.set(key, value.deepCopy());
            } else if (key.equals("discriminator")) {
                copy.set(key, value.isTextual() ? NODES.objectNode().put("propertyName", value.asText()) : value.deepCopy());
            } else if (NAME_MAPS.contains(key)) {
                ObjectNode names = copy.putObject(key);
                member.getValue().members().forEach(named -> names.set(named.getKey(), normalize(named.getValue())));
            } else {
                copy.set(key, normalizeValue(member.getValue()));
            }
        }
        return copy;
    }

    private JsonNode normalizeValue(Located value) {
        if (value.node().isArray()) {
            ArrayNode array = NODES.arrayNode();
            value.elements().forEach(element -> array.add(element.node().isObject() ? normalize(element)
                    : element.node().deepCopy()));
            return array;
        }
        return value.isObject() ? normalize(value) : value.node().deepCopy();
    }

    /** {@code {"$ref": "#/components/schemas/<key>"}} for the target of {@code ref}, imported if needed. */
    private ObjectNode reference(Located holder, String ref) {
        Optional<Located> target = documents.follow(holder, ref);
        if (target.isEmpty()) {
            return NODES.objectNode();
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + JsonPointers.escape(key(target.get())));
    }

    private String key(Located target) {
        Matcher component = MAIN_COMPONENT.matcher(target.pointer());
        if (target.document() == main.document() && component.matches()) {
            return JsonPointers.unescape(component.group(1));
        }
        String known = importedKeys.get(target.identity());
        if (known != null) {
            return known;
        }
        String key = free(baseName(target));
        importedKeys.put(target.identity(), key);
        pending.add(Map.entry(key, target));
        return key;
    }

    private static String baseName(Located target) {
        List<String> tokens = JsonPointers.tokens(target.pointer());
        if (!tokens.isEmpty()) {
            return tokens.get(tokens.size() - 1);
        }
        String file = target.document().path().getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private String free(String wanted) {
        String key = wanted;
        for (int i = 2; !usedKeys.add(key); i++) {
            key = wanted + i;
        }
        return key;
    }

    void warn(Located at, String message) {
        documents.report(Diagnostic.Severity.WARNING, at, message);
    }
}
