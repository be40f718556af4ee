package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.source.Problems;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The schema-to-type conversion of the OpenAPI reader, offered to readers of other contract kinds whose
 * payloads are JSON Schemas (AsyncAPI), so that a schema becomes the same record, enum or union
 * whichever contract it comes from.
 *
 * <p>The caller hands over JSON Schema trees whose every {@code $ref} already points at
 * {@code #/components/schemas/<key>} of the given component map; they are deserialised here the way an
 * OpenAPI 3.1 document's schemas are, then converted by the very converter the OpenAPI reader uses:
 * component schemas keep their names, structured inline schemas are hoisted under a name derived from
 * the hint. One instance per contract; not thread-safe.
 */
public final class JsonSchemaTypes {

    private final ReadContext context;
    private final SchemaConverter converter;

    private JsonSchemaTypes(ReadContext context) {
        this.context = context;
        this.converter = new SchemaConverter(context);
    }

    /**
     * Deserialises {@code components} (schema trees by key) and defines a type for each.
     *
     * @param file the contract's path, for the locations of the types
     */
    public static JsonSchemaTypes of(Problems problems, String file, Map<String, ObjectNode> components) {
        Objects.requireNonNull(problems, "problems");
        Map<String, Schema> parsedComponents = parse(components);
        OpenAPI api = new OpenAPI().components(new Components().schemas(parsedComponents));
        ReadContext context = new ReadContext(problems, new ModelRefs(api), new TypeRegistry(), file,
                UnaryOperator.identity());
        JsonSchemaTypes types = new JsonSchemaTypes(context);
        types.converter.defineComponents(parsedComponents);
        return types;
    }

    /** Deserialises schema trees (by key) for {@link #use}; a tree that is no schema becomes an empty one. */
    public static Map<String, Schema<?>> schemas(Map<String, ObjectNode> trees) {
        Map<String, Schema> parsed = parse(trees);
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        trees.keySet().forEach(key -> schemas.put(key, parsed.get(key) == null ? new Schema<>() : parsed.get(key)));
        return schemas;
    }

    /** Schema trees to swagger schemas, with the OpenAPI 3.1 deserialiser (JSON Schema 2020-12 rules). */
    private static Map<String, Schema> parse(Map<String, ObjectNode> schemas) {
        if (schemas.isEmpty()) {
            return new LinkedHashMap<>();
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "schemas").put("version", "0");
        ObjectNode holder = root.putObject("components").putObject("schemas");
        schemas.forEach(holder::set);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIDeserializer().deserialize(root, null, options);
        OpenAPI api = result.getOpenAPI();
        Map<String, Schema> parsed = new LinkedHashMap<>();
        if (api != null && api.getComponents() != null && api.getComponents().getSchemas() != null) {
            schemas.keySet().forEach(key -> parsed.put(key, api.getComponents().getSchemas().get(key)));
        }
        return parsed;
    }

    /** The type of {@code schema} where it is used; {@code hint} names it when it must be hoisted. */
    public TypeRef use(Schema<?> schema, String hint, String pointer) {
        return converter.use(schema, hint, pointer).type();
    }

    /** The type name of component {@code key}, or null when there is none. */
    public String componentName(String key) {
        return context.registry().componentName(key);
    }

    /** A free type name: {@code wanted}, else {@code wanted2}, ... */
    public String allocate(String wanted) {
        return context.registry().allocate(wanted);
    }

    /** Adds a definition the caller built (a union of several messages' payloads, say). */
    public void define(TypeDef definition) {
        context.registry().define(definition);
    }

    public TypeDef definition(String name) {
        return context.registry().definition(name);
    }

    /** Every type defined so far, sorted by name. */
    public List<TypeDef> types() {
        return context.registry().sorted();
    }
}
