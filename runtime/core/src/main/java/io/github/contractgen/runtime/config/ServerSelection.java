package io.github.contractgen.runtime.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Picks one of the contract's servers by name or position, and fills in its variables. */
final class ServerSelection {

    private final ConfigSources sources;

    ServerSelection(ConfigSources sources) {
        this.sources = sources;
    }

    /**
     * The server {@code serverKey} names, or empty when it is not set. Names match regardless of case,
     * since OpenAPI servers take theirs from a description ("Production"), which nobody types exactly.
     */
    Optional<ContractServer> chosen(ConfigKey serverKey, List<ContractServer> servers) {
        Optional<String> wanted = sources.find(serverKey);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < servers.size(); i++) {
            ContractServer server = servers.get(i);
            if (server.name().equalsIgnoreCase(wanted.get().strip()) || String.valueOf(i + 1).equals(wanted.get())) {
                return Optional.of(server);
            }
        }
        throw new ConfigException(serverKey.property() + " is '" + wanted.get() + "' (from "
                + sources.origin(serverKey).orElseThrow() + "), which is none of the contract's servers: "
                + (servers.isEmpty() ? "it lists none" : names(servers)));
    }

    /** The server's URL with every variable replaced by its setting or default. */
    String expand(ContractServer server) {
        String url = server.url();
        for (ContractServer.Variable variable : server.variables()) {
            url = url.replace("{" + variable.name() + "}", value(server, variable));
        }
        return url;
    }

    private String value(ContractServer server, ContractServer.Variable variable) {
        Optional<String> set = sources.find(variable.key());
        if (set.isEmpty() && variable.defaultValue() == null) {
            throw new ConfigException(variable.key().property() + " is not set: server '" + server.name()
                    + "' (" + server.url() + ") needs its variable '" + variable.name() + "' and the contract gives no default;"
                    + " set " + sources.places(variable.key()));
        }
        String value = set.orElse(variable.defaultValue());
        if (!variable.allowed().isEmpty() && !variable.allowed().contains(value)) {
            throw new ConfigException(variable.key().property() + " is '" + value + "' (from "
                    + sources.origin(variable.key()).orElse("the contract's default") + "), but server '" + server.name()
                    + "' allows only " + variable.allowed());
        }
        return value;
    }

    private static String names(List<ContractServer> servers) {
        return IntStream.range(0, servers.size())
                .mapToObj(i -> servers.get(i).name().isEmpty() ? String.valueOf(i + 1) : servers.get(i).name())
                .collect(Collectors.joining(", "));
    }
}
