package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Removes examples ({@code example} and {@code examples} where they are keywords) from a parsed
 * OpenAPI document before swagger-parser sees it.
 *
 * <p>Nothing contractgen generates uses an example, yet in big descriptions they are most of the bytes
 * (GitHub's is mostly response examples). swagger-parser copies the whole tree into a map and then
 * into its model, so every example would be held three times; a 50 MB contract would not fit in a
 * small CI machine's heap. A property or parameter <em>named</em> {@code example} is kept: keys of
 * the maps listed in {@link #NAME_MAPS} are names, not keywords, and literal values ({@code default},
 * {@code enum}, {@code const}) are not looked into. Diagnostics still point into the original text.
 */
final class ExampleStripper {

    private static final Set<String> EXAMPLE_KEYWORDS = Set.of("example", "examples");
    /** Keys whose values are literal data: nothing inside them is a keyword. */
    private static final Set<String> LITERALS = Set.of("default", "enum", "const");
    /** Keys whose values are maps from names to objects: their keys are names, not keywords. */
    private static final Set<String> NAME_MAPS = Set.of(
            "properties", "patternProperties", "definitions", "$defs", "schemas", "paths", "headers",
            "parameters", "responses", "requestBodies", "securitySchemes", "securityDefinitions",
            "links", "callbacks", "pathItems", "webhooks", "content", "mapping", "variables");

    private ExampleStripper() {}

    static void strip(JsonNode root) {
        walk(root, "");
    }

    private static void walk(JsonNode node, String parentKey) {
        if (node.isArray()) {
            node.forEach(item -> walk(item, ""));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean names = NAME_MAPS.contains(parentKey);
        Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (names) {
                walk(field.getValue(), "");
            } else if (EXAMPLE_KEYWORDS.contains(key)) {
                fields.remove();
            } else if (!LITERALS.contains(key) && !key.startsWith("x-")) {
                walk(field.getValue(), key);
            }
        }
    }
}
