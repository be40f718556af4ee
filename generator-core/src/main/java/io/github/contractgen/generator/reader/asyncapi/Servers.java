package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.EventService;
import io.github.contractgen.generator.model.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The servers of either version: 2.x {@code url}, 3.0 {@code host} and {@code pathname}. */
final class Servers {

    private final List<EventService.Broker> brokers = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();

    Servers(Documents documents, Located root, SecuritySchemes security) {
        for (Map.Entry<String, Located> entry : root.get("servers").members()) {
            Optional<Located> server = documents.resolve(entry.getValue());
            if (server.isEmpty() || !server.get().isObject()) {
                continue;
            }
            Located found = server.get();
            String url = found.text("url").isEmpty() ? found.text("host") + found.text("pathname") : found.text("url");
            String protocol = found.text("protocol").toLowerCase(Locale.ROOT);
            brokers.add(new EventService.Broker(entry.getKey(), protocol, url, found.text("description"),
                    security.requirements(entry.getKey(), found)));
            List<Server.Variable> variables = new ArrayList<>();
            for (Map.Entry<String, Located> variable : found.get("variables").members()) {
                List<String> allowed = new ArrayList<>();
                variable.getValue().get("enum").elements().forEach(value -> allowed.add(value.node().asText()));
                variables.add(new Server.Variable(variable.getKey(), variable.getValue().text("default"), allowed,
                        variable.getValue().text("description")));
            }
            variables.sort(Comparator.comparing(Server.Variable::name));
            servers.add(new Server(protocol.isEmpty() ? url : protocol + "://" + url, entry.getKey(),
                    found.text("description"), variables));
        }
        brokers.sort(Comparator.comparing(EventService.Broker::name));
    }

    List<EventService.Broker> brokers() {
        return brokers;
    }

    List<Server> servers() {
        return servers;
    }
}
