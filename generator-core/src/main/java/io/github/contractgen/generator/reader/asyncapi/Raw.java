package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.EventOperation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the walk over a document collects before types exist: operations and messages whose schemas are
 * still keys into {@link SchemaTrees}. The two AsyncAPI versions both end here.
 */
final class Raw {

    private Raw() {}

    /**
     * @param payload the payload schema's key, empty for a message without payload
     * @param binary whether the payload's schema format is not JSON Schema (read as raw bytes)
     */
    record Message(String identity, String name, String contentType, Optional<String> payload, boolean binary,
            Optional<String> headers, Optional<String> key, Optional<EventOperation.CorrelationId> correlationId,
            Map<String, String> bindings, Located location) {}

    record Operation(String id, EventOperation.Action action, String channel, String address,
            List<EventOperation.Parameter> parameters, List<Message> messages, Map<String, String> bindings,
            Optional<String> group, Optional<Reply> reply, String summary, String description, Located location) {}

    record Reply(String address, String addressLocation, List<Message> messages) {}
}
