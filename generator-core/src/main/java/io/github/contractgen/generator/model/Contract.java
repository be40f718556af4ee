package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One contract file read into the model.
 *
 * @param path the file's path relative to the contracts directory, with {@code /} separators; it is
 *     what {@code @Generated} records and what diagnostics name
 * @param kind what kind of contract it is
 * @param version the version the contract declares ({@code 3.0.3}, {@code 2.0}, {@code proto3}, ...)
 * @param services the services the contract describes, sorted by name
 * @param events the event side of services read from AsyncAPI documents, sorted by service name;
 *     empty for other kinds
 */
public record Contract(String path, ContractKind kind, String version, List<Service> services,
        List<EventService> events) {

    public Contract {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        services = List.copyOf(services);
        events = List.copyOf(events);
    }

    /** A contract without events: OpenAPI and proto. */
    public Contract(String path, ContractKind kind, String version, List<Service> services) {
        this(path, kind, version, services, List.of());
    }

    /** The event side of service {@code serviceName}, if it has one. */
    public java.util.Optional<EventService> events(String serviceName) {
        return events.stream().filter(e -> e.service().equals(serviceName)).findFirst();
    }
}
