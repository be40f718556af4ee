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
 */
public record Contract(String path, ContractKind kind, String version, List<Service> services) {

    public Contract {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        services = List.copyOf(services);
    }
}
