package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts every operation of the paths: ids (declared or derived from method and path), group,
 * parameters, body, responses and security.
 */
final class OperationConverter {

    private record Declared(String path, String method, PathItem item, io.swagger.v3.oas.models.Operation operation,
            String pathPointer, String pointer) {}

    private final ReadContext context;
    private final ParameterConverter parameters;
    private final BodyConverter bodies;

    OperationConverter(ReadContext context, SchemaConverter schemas) {
        this.context = context;
        this.parameters = new ParameterConverter(context, schemas);
        this.bodies = new BodyConverter(context, schemas);
    }

    /** The operations sorted by id; {@code defaultSecurity} applies where an operation declares none. */
    List<Operation> operations(OpenAPI api, List<SecurityRequirement> defaultSecurity) {
        List<Declared> declared = declared(api);
        List<String> ids = ids(declared);
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            operations.add(operation(declared.get(i), ids.get(i), defaultSecurity));
        }
        operations.sort(Comparator.comparing(Operation::id));
        return operations;
    }

    private static List<Declared> declared(OpenAPI api) {
        List<Declared> declared = new ArrayList<>();
        if (api.getPaths() == null) {
            return declared;
        }
        api.getPaths().forEach((path, item) -> {
            if (item == null) {
                return;
            }
            String pathPointer = JsonPointers.append("/paths", path);
            item.readOperationsMap().forEach((method, operation) -> {
                String name = method.name().toLowerCase(Locale.ROOT);
                declared.add(new Declared(path, name, item, operation, pathPointer, pathPointer + "/" + name));
            });
        });
        return declared;
    }

    /**
     * Declared ids first, in contract order, then the others in contract order: derived from method
     * and path where none is declared, and for a repeated declared id (gRPC gateways repeat one RPC's id
     * for each of its routes) the id followed by the derived one, {@code getUserViaGetV1UsersId}, with a
     * warning naming both places. The first declaration keeps the declared name; all are unique.
     */
    private List<String> ids(List<Declared> declared) {
        NameScope scope = new NameScope();
        Map<String, String> firstDeclared = new HashMap<>();
        String[] ids = new String[declared.size()];
        String[] alternates = new String[declared.size()];
        for (int i = 0; i < declared.size(); i++) {
            String id = declared.get(i).operation().getOperationId();
            if (id == null || id.isBlank()) {
                continue;
            }
            String first = firstDeclared.putIfAbsent(id, declared.get(i).pointer());
            if (first == null) {
                ids[i] = scope.allocate(id);
            } else {
                alternates[i] = first;
            }
        }
        for (int i = 0; i < declared.size(); i++) {
            Declared operation = declared.get(i);
            String derived = derivedId(operation.method(), operation.path());
            if (alternates[i] != null) {
                ids[i] = scope.allocate(operation.operation().getOperationId() + "Via" + JavaNames.typeName(derived));
                context.problems().warningWithRelated(operation.pointer() + "/operationId", "operationId '"
                        + operation.operation().getOperationId() + "' is declared again; this operation is generated"
                        + " as '" + ids[i] + "': give it an operationId of its own to choose the name",
                        alternates[i] + "/operationId");
            } else if (ids[i] == null) {
                ids[i] = scope.allocate(derived);
            }
        }
        return List.of(ids);
    }

    /** {@code get /pets/{petId}} → {@code getPetsPetId}. */
    static String derivedId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            String word = segment.replace("{", " ").replace("}", " ").strip();
            if (!word.isEmpty()) {
                id.append(JavaNames.typeName(word));
            }
        }
        return id.toString();
    }

    private Operation operation(Declared declared, String id, List<SecurityRequirement> defaultSecurity) {
        io.swagger.v3.oas.models.Operation operation = declared.operation();
        List<String> tags = operation.getTags();
        String group = tags == null || tags.isEmpty() || tags.get(0) == null ? "" : tags.get(0);
        var params = parameters.parameters(declared.path(), declared.method(), declared.item().getParameters(),
                declared.pathPointer(), operation.getParameters(), declared.pointer(), id);
        var body = bodies.request(operation.getRequestBody(), ReadContext.suffix(id, "Request"),
                declared.pointer() + "/requestBody");
        var responses = bodies.responses(operation.getResponses(), id, declared.pointer());
        List<SecurityRequirement> security = operation.getSecurity() == null ? defaultSecurity
                : SecurityConverter.requirements(operation.getSecurity());
        return new Operation(id, group, declared.method().toUpperCase(Locale.ROOT), declared.path(),
                SchemaConverter.text(operation.getSummary()), SchemaConverter.text(operation.getDescription()),
                params, body, responses, security, Boolean.TRUE.equals(operation.getDeprecated()),
                context.location(declared.pointer()));
    }
}
