package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * The event side of a service read from an AsyncAPI document: its brokers and operations. Its payload,
 * header and key types are the {@link Service#types()} of the service of the same name, so that one
 * model emitter writes them whatever the contract kind.
 *
 * @param service the name of the {@link Service} this belongs to
 * @param brokers the servers the document lists, sorted by name
 * @param operations the operations, sorted by id
 */
public record EventService(String service, List<Broker> brokers, List<EventOperation> operations) {

    public EventService {
        Objects.requireNonNull(service, "service");
        brokers = List.copyOf(brokers);
        operations = List.copyOf(operations);
    }

    /**
     * A message broker the document names.
     *
     * @param name the server's key
     * @param protocol {@code kafka}, {@code mqtt}, {@code amqp}, ... as written, lower case
     * @param url host and port (3.0 {@code host} + {@code pathname}, 2.x {@code url}), with {@code {variables}}
     * @param description may be empty
     * @param security the security requirements (alternatives) a client must meet to connect, in contract
     *     order; each names schemes of the service's {@link Service#securitySchemes()}
     */
    public record Broker(String name, String protocol, String url, String description, List<SecurityRequirement> security) {
        public Broker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(description, "description");
            security = List.copyOf(security);
        }

        /** A broker that asks for no security. */
        public Broker(String name, String protocol, String url, String description) {
            this(name, protocol, url, description, List.of());
        }
    }
}
