package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A service: one client (REST, gRPC) or one set of producers and consumers (events).
 *
 * @param name the contract's name for the service (an OpenAPI {@code info.title}, a proto service
 *     name); the naming component turns it into the Java package and class names
 * @param title a human title, for Javadoc
 * @param version the API's own version ({@code info.version}), may be empty
 * @param description Markdown or plain text, may be empty
 * @param servers the servers the contract lists, in contract order
 * @param securitySchemes every security scheme, sorted by name
 * @param security the default security requirements (alternatives), in contract order
 * @param operations the operations, sorted by id
 * @param types every named type the operations use, sorted by name; no structured type is anonymous
 * @param location where the service is declared
 */
public record Service(
        String name,
        String title,
        String version,
        String description,
        List<Server> servers,
        List<SecurityScheme> securitySchemes,
        List<SecurityRequirement> security,
        List<Operation> operations,
        List<TypeDef> types,
        SourceLocation location) {

    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        servers = List.copyOf(servers);
        securitySchemes = List.copyOf(securitySchemes);
        security = List.copyOf(security);
        operations = List.copyOf(operations);
        types = List.copyOf(types);
        Objects.requireNonNull(location, "location");
    }
}
