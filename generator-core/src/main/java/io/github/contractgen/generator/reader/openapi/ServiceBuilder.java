package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.model.Service;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Assembles the one service of an OpenAPI description from its parts. */
final class ServiceBuilder {

    private final ReadContext context;

    ServiceBuilder(ReadContext context) {
        this.context = context;
    }

    /**
     * @param name the service name: the file's base name
     * @param source the parsed document, to tell servers the contract lists from the "/" swagger-parser adds
     */
    Service build(String name, OpenAPI api, ObjectNode source, boolean swagger2) {
        SchemaConverter schemas = new SchemaConverter(context);
        schemas.defineComponents(api.getComponents() == null ? null : api.getComponents().getSchemas());
        SecurityConverter security = new SecurityConverter(context);
        List<SecurityScheme> schemes = security.schemes(
                api.getComponents() == null ? null : api.getComponents().getSecuritySchemes());
        List<SecurityRequirement> defaults = SecurityConverter.requirements(api.getSecurity());
        List<Operation> operations = new OperationConverter(context, schemas).operations(api, defaults);
        checkSchemeNames(schemes, defaults, operations);
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        boolean declaresServers = swagger2 ? source.has("host") : source.has("servers");
        List<Server> servers = declaresServers ? servers(api) : List.of();
        return new Service(name, SchemaConverter.text(info.getTitle()), SchemaConverter.text(info.getVersion()),
                SchemaConverter.text(info.getDescription()), servers, schemes, defaults, operations,
                context.registry().sorted(), context.location(""));
    }

    private List<Server> servers(OpenAPI api) {
        List<Server> servers = new ArrayList<>();
        if (api.getServers() == null) {
            return servers;
        }
        for (io.swagger.v3.oas.models.servers.Server server : api.getServers()) {
            if (server == null || server.getUrl() == null) {
                continue;
            }
            List<Server.Variable> variables = new ArrayList<>();
            if (server.getVariables() != null) {
                new TreeMap<>(server.getVariables()).forEach((key, variable) -> variables.add(variable(key, variable)));
            }
            String description = SchemaConverter.text(server.getDescription());
            String name = description.lines().findFirst().orElse("").strip();
            servers.add(new Server(server.getUrl(), name, description, variables));
        }
        return servers;
    }

    private static Server.Variable variable(String name, ServerVariable variable) {
        List<String> allowed = variable == null || variable.getEnum() == null ? List.of() : variable.getEnum();
        return new Server.Variable(name, variable == null ? "" : SchemaConverter.text(variable.getDefault()),
                allowed, variable == null ? "" : SchemaConverter.text(variable.getDescription()));
    }

    private void checkSchemeNames(List<SecurityScheme> schemes, List<SecurityRequirement> defaults,
            List<Operation> operations) {
        Set<String> known = schemes.stream().map(SecurityScheme::name).collect(Collectors.toSet());
        Map<String, String> unknown = new TreeMap<>();
        defaults.forEach(requirement -> requirement.schemeNames().stream().filter(n -> !known.contains(n))
                .forEach(n -> unknown.putIfAbsent(n, "/security")));
        for (Operation operation : operations) {
            operation.security().forEach(requirement -> requirement.schemeNames().stream()
                    .filter(n -> !known.contains(n))
                    .forEach(n -> unknown.putIfAbsent(n, operation.location().pointer())));
        }
        unknown.forEach((scheme, pointer) -> context.problems().warning(pointer,
                "security requirement names '" + scheme + "', which is not a declared security scheme"));
    }
}
