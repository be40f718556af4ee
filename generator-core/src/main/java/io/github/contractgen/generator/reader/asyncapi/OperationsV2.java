package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of an AsyncAPI 2.x document. In 2.x a channel's {@code subscribe} operation describes
 * the messages the application <em>sends</em> to the channel (others subscribe to them) and
 * {@code publish} those it <em>receives</em> (others publish them): 2.6's streetlights
 * {@code publish: receiveLightMeasurement} is 3.0's {@code action: receive}.
 */
final class OperationsV2 {

    private final Documents documents;
    private final Channels channels;
    private final MessageReader messages;
    private final Traits traits;

    OperationsV2(Documents documents, MessageReader messages) {
        this.documents = documents;
        this.channels = new Channels(documents);
        this.messages = messages;
        this.traits = new Traits(documents);
    }

    List<Raw.Operation> read(Located root) {
        List<Raw.Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Located> entry : root.get("channels").members()) {
            Optional<Located> channel = documents.resolve(entry.getValue());
            if (channel.isEmpty()) {
                continue;
            }
            String address = entry.getKey();
            Optional<List<EventOperation.Parameter>> parameters =
                    channels.parameters(address, channel.get().get("parameters"), entry.getValue());
            if (parameters.isEmpty()) {
                continue;
            }
            for (String verb : List.of("publish", "subscribe")) {
                Located declared = channel.get().get(verb);
                if (!declared.isMissing()) {
                    documents.resolve(declared).ifPresent(found -> operation(address, verb, traits.apply(found),
                            parameters.get()).ifPresent(operations::add));
                }
            }
        }
        return operations;
    }

    private Optional<Raw.Operation> operation(String address, String verb, Located operation,
            List<EventOperation.Parameter> parameters) {
        String id = operation.text("operationId").isBlank()
                ? JavaNames.memberName(address + " " + verb) : operation.text("operationId");
        EventOperation.Action action = verb.equals("subscribe") ? EventOperation.Action.SEND : EventOperation.Action.RECEIVE;
        List<Raw.Message> read = new ArrayList<>();
        Located message = operation.get("message");
        Optional<Located> resolved = documents.resolveIfPresent(message);
        if (resolved.isPresent() && resolved.get().node().has("oneOf")) {
            List<Located> alternatives = resolved.get().get("oneOf").elements();
            for (int i = 0; i < alternatives.size(); i++) {
                messages.read(alternatives.get(i), id + "Message" + (i + 1)).ifPresent(read::add);
            }
        } else if (resolved.isPresent()) {
            messages.read(message, id + "Message").ifPresent(read::add);
        }
        if (read.isEmpty()) {
            documents.report(io.github.contractgen.generator.model.Diagnostic.Severity.WARNING, operation,
                    "operation '" + id + "' declares no message; it is skipped");
            return Optional.empty();
        }
        Located bindings = operation.get("bindings");
        return Optional.of(new Raw.Operation(id, action, address, address, parameters, read,
                Channels.bindings(bindings, read), channels.group(bindings), Optional.empty(),
                operation.text("summary"), operation.text("description"), operation));
    }
}
