package io.github.contractgen.generator.reader.asyncapi;

import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.model.SourceLocation;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.reader.openapi.JsonSchemaTypes;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the collected operations into the model once every schema is known: payload, header and key
 * types through the shared schema converter, several messages of one operation merged into a union.
 */
final class EventModel {

    private final JsonSchemaTypes types;
    private final Map<String, Schema<?>> uses;
    private final Map<String, EventOperation.Message> messages = new HashMap<>();

    EventModel(JsonSchemaTypes types, Map<String, Schema<?>> uses) {
        this.types = types;
        this.uses = uses;
    }

    /** Call in a stable order (sorted by id): hoisted type names depend on it. */
    EventOperation operation(Raw.Operation raw) {
        EventOperation.Message message = merged(raw.id(), raw.messages(), raw.location());
        Optional<EventOperation.Reply> reply = raw.reply().map(r -> new EventOperation.Reply(r.address(),
                r.addressLocation(), merged(raw.id() + "Reply", r.messages(), raw.location())));
        return new EventOperation(raw.id(), raw.action(), raw.channel(), raw.address(), raw.parameters(), message,
                raw.bindings(), raw.group(), reply, raw.summary(), raw.description(), location(raw.location()));
    }

    private EventOperation.Message merged(String id, List<Raw.Message> raw, Located at) {
        List<EventOperation.Message> read = raw.stream().map(this::message).toList();
        if (read.size() == 1) {
            return read.get(0);
        }
        Set<TypeRef> variants = new LinkedHashSet<>();
        read.forEach(message -> variants.add(message.payload()));
        TypeRef payload = variants.size() == 1 ? variants.iterator().next() : union(id, variants, at);
        List<String> names = read.stream().flatMap(message -> message.names().stream()).toList();
        return new EventOperation.Message(names, read.get(0).contentType(), payload, common(read, EventOperation.Message::headers),
                common(read, EventOperation.Message::key),
                read.stream().map(EventOperation.Message::correlationId).flatMap(Optional::stream).findFirst());
    }

    private TypeRef union(String id, Set<TypeRef> variants, Located at) {
        String name = types.allocate(JavaNames.typeName(id) + "Message");
        types.define(new TypeDef.UnionDef(name, "One of the messages of operation '" + id + "'.", false,
                List.copyOf(variants), "", Map.of(), location(at)));
        return TypeRef.named(name);
    }

    private static Optional<TypeRef> common(List<EventOperation.Message> messages,
            java.util.function.Function<EventOperation.Message, Optional<TypeRef>> part) {
        Set<Optional<TypeRef>> distinct = new LinkedHashSet<>();
        messages.forEach(message -> distinct.add(part.apply(message)));
        return distinct.size() == 1 ? distinct.iterator().next() : Optional.empty();
    }

    private EventOperation.Message message(Raw.Message raw) {
        EventOperation.Message known = messages.get(raw.identity());
        if (known != null) {
            return known;
        }
        String stem = JavaNames.typeName(raw.name());
        String pointer = raw.location().pointer();
        TypeRef payload = raw.binary() ? TypeRef.scalar(TypeRef.Scalar.BINARY)
                : raw.payload().map(key -> type(key, stem + "Payload", pointer + "/payload")).orElse(TypeRef.any());
        EventOperation.Message message = new EventOperation.Message(List.of(raw.name()), raw.contentType(), payload,
                raw.headers().map(key -> type(key, stem + "Headers", pointer + "/headers")),
                raw.key().map(key -> type(key, stem + "Key", pointer + "/bindings/kafka/key")), raw.correlationId());
        messages.put(raw.identity(), message);
        return message;
    }

    private TypeRef type(String key, String hint, String pointer) {
        return types.use(uses.get(key), hint, pointer);
    }

    /** The types, with those the operations added. */
    List<TypeDef> types() {
        return types.types();
    }

    private static SourceLocation location(Located at) {
        return SourceLocation.of(at.document().file(), at.pointer());
    }
}
