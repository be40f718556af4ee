package io.github.contractgen.generator.conformance;

import io.github.contractgen.generator.naming.JavaNames;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the conformance run needs to know of a contract besides the generated code: the base path its
 * server answers under, the status each operation answers with, and the schema behind a parameter or
 * property name, so that a synthesized string can satisfy its format, enum or pattern.
 *
 * <p>Read with swagger-parser (Swagger 2.0 converted to 3.0), references resolved.
 */
final class ContractFacts {

    private final String basePath;
    private final Map<String, String> successStatus = new HashMap<>();
    private final Map<String, Map<String, Schema<?>>> operationNames = new HashMap<>();
    private final Map<String, Schema<?>> propertySchemas = new HashMap<>();

    private ContractFacts(OpenAPI api) {
        this.basePath = basePath(api.getServers());
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    readOperation(item, operation)));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> indexProperties(schema, 0));
        }
    }

    static ContractFacts read(Path contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIParser().readLocation(contract.toUri().toString(), null, options).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("swagger-parser cannot read " + contract);
        }
        return new ContractFacts(api);
    }

    /** The path of the first server's URL with its variables at their defaults, without a trailing slash. */
    String basePath() {
        return basePath;
    }

    /** The status a server answers {@code operationId} with: its first 2xx, else 200. */
    int successStatus(String operationId) {
        return Integer.parseInt(successStatus.getOrDefault(operationId, "200"));
    }

    /**
     * The schema of the parameter or form field whose Java name is {@code javaName} of the operation whose
     * Java name is {@code operation}, else of a property of that (JSON) name anywhere in the contract.
     */
    Optional<Schema<?>> schema(String operation, String javaName) {
        Schema<?> named = operationNames.getOrDefault(operation, Map.of()).get(javaName);
        return Optional.ofNullable(named != null ? named : propertySchemas.get(javaName));
    }

    /** The schema of a property called {@code jsonName} somewhere in the contract, the first with constraints. */
    Optional<Schema<?>> property(String jsonName) {
        return Optional.ofNullable(propertySchemas.get(jsonName));
    }

    private void readOperation(PathItem item, Operation operation) {
        if (operation.getOperationId() == null) {
            return;
        }
        if (operation.getResponses() != null) {
            operation.getResponses().keySet().stream().filter(code -> code.matches("2\\d\\d")).sorted().findFirst()
                    .ifPresent(code -> successStatus.put(operation.getOperationId(), code));
        }
        Map<String, Schema<?>> names = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.stream().filter(p -> p.getName() != null && p.getSchema() != null)
                .forEach(p -> names.put(JavaNames.memberName(p.getName()), p.getSchema()));
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (MediaType media : operation.getRequestBody().getContent().values()) {
                Schema<?> body = media.getSchema();
                if (body != null && body.getProperties() != null) {
                    body.getProperties().forEach((name, schema) -> names.putIfAbsent(JavaNames.memberName(name), schema));
                }
            }
        }
        operationNames.put(JavaNames.memberName(operation.getOperationId()), names);
    }

    private void indexProperties(Schema<?> schema, int depth) {
        if (schema == null || depth > 6) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                Schema<?> known = propertySchemas.get(name);
                if (known == null || (!constrained(known) && constrained(property))) {
                    propertySchemas.put(name, property);
                }
                indexProperties(property, depth + 1);
            });
        }
        indexProperties(schema.getItems(), depth + 1);
        for (List<Schema> parts : List.of(nonNull(schema.getAllOf()), nonNull(schema.getOneOf()), nonNull(schema.getAnyOf()))) {
            parts.forEach(part -> indexProperties(part, depth + 1));
        }
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    private static boolean constrained(Schema<?> schema) {
        return schema.getEnum() != null || schema.getFormat() != null || schema.getPattern() != null;
    }

    private static String basePath(List<Server> servers) {
        if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
            return "";
        }
        Server server = servers.get(0);
        String url = server.getUrl();
        if (server.getVariables() != null) {
            for (Map.Entry<String, ServerVariable> variable : server.getVariables().entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue().getDefault()));
            }
        }
        String path = URI.create(url.replaceAll("[{}]", "")).getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }
}
