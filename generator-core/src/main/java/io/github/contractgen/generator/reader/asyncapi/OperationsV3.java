package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.reader.source.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of an AsyncAPI 3.x document: each names its action, its channel and the channel's
 * messages it uses (all of them when it lists none), and may declare a reply.
 */
final class OperationsV3 {

    private final Documents documents;
    private final Channels channels;
    private final MessageReader messages;
    private final Traits traits;

    OperationsV3(Documents documents, MessageReader messages) {
        this.documents = documents;
        this.channels = new Channels(documents);
        this.messages = messages;
        this.traits = new Traits(documents);
    }

    List<Raw.Operation> read(Located root) {
        List<Raw.Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Located> entry : root.get("operations").members()) {
            documents.resolve(entry.getValue())
                    .flatMap(found -> operation(entry.getKey(), traits.apply(found)))
                    .ifPresent(operations::add);
        }
        return operations;
    }

    private Optional<Raw.Operation> operation(String id, Located operation) {
        String verb = operation.text("action");
        if (!verb.equals("send") && !verb.equals("receive")) {
            documents.report(Diagnostic.Severity.ERROR, operation.get("action"), "operation '" + id
                    + "' needs 'action: send' or 'action: receive', not '" + verb + "'");
            return Optional.empty();
        }
        Optional<Located> channel = documents.resolveIfPresent(operation.get("channel"));
        if (channel.isEmpty()) {
            documents.report(Diagnostic.Severity.ERROR, operation, "operation '" + id + "' names no channel");
            return Optional.empty();
        }
        String name = lastToken(channel.get());
        String address = address(channel.get(), name);
        Optional<List<EventOperation.Parameter>> parameters =
                channels.parameters(address, channel.get().get("parameters"), channel.get());
        List<Raw.Message> read = messages(operation.get("messages"), channel.get(), id);
        if (parameters.isEmpty() || read.isEmpty()) {
            if (read.isEmpty()) {
                documents.report(Diagnostic.Severity.WARNING, operation, "operation '" + id
                        + "' has no message; it is skipped");
            }
            return Optional.empty();
        }
        Located bindings = operation.get("bindings");
        EventOperation.Action action = verb.equals("send") ? EventOperation.Action.SEND : EventOperation.Action.RECEIVE;
        return Optional.of(new Raw.Operation(id, action, name, address, parameters.get(), read,
                Channels.bindings(bindings, read), channels.group(bindings), reply(operation.get("reply"), id),
                operation.text("summary"), operation.text("description"), operation));
    }

    private String address(Located channel, String name) {
        String address = channel.text("address");
        if (address.isEmpty()) {
            documents.report(Diagnostic.Severity.WARNING, channel, "channel '" + name
                    + "' has no address; its name is used as the address");
            return name;
        }
        return address;
    }

    /** The listed messages, else every message of the channel. */
    private List<Raw.Message> messages(Located listed, Located channel, String id) {
        List<Raw.Message> read = new ArrayList<>();
        if (listed.node().isArray() && !listed.node().isEmpty()) {
            List<Located> references = listed.elements();
            for (int i = 0; i < references.size(); i++) {
                messages.read(references.get(i), id + "Message" + (i + 1)).ifPresent(read::add);
            }
            return read;
        }
        for (Map.Entry<String, Located> message : channel.get("messages").members()) {
            messages.read(message.getValue(), message.getKey()).ifPresent(read::add);
        }
        return read;
    }

    private Optional<Raw.Reply> reply(Located declared, String id) {
        Optional<Located> reply = documents.resolveIfPresent(declared);
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        Optional<Located> channel = documents.resolveIfPresent(reply.get().get("channel"));
        String address = channel.map(c -> c.text("address")).orElse("");
        String location = documents.resolveIfPresent(reply.get().get("address")).map(a -> a.text("location")).orElse("");
        List<Raw.Message> read = channel.isPresent()
                ? messages(reply.get().get("messages"), channel.get(), id + "Reply")
                : messages(reply.get().get("messages"), reply.get(), id + "Reply");
        if (read.isEmpty()) {
            documents.report(Diagnostic.Severity.WARNING, reply.get(), "the reply of operation '" + id
                    + "' has no message; the operation is read without a reply");
            return Optional.empty();
        }
        return Optional.of(new Raw.Reply(address, location, read));
    }

    private static String lastToken(Located node) {
        List<String> tokens = JsonPointers.tokens(node.pointer());
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }
}
