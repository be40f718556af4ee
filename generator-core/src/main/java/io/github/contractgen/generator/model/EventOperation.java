package io.github.contractgen.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One operation of an AsyncAPI document, the same whether it was written as 2.x {@code publish} /
 * {@code subscribe} or as a 3.0 operation.
 *
 * <p>{@link #action()} is what the <em>application the document describes</em> does, in 3.0 terms: a 3.0
 * {@code action: send} and a 2.x {@code subscribe} are {@link Action#SEND}; a 3.0 {@code receive} and a
 * 2.x {@code publish} are {@link Action#RECEIVE}. Which side generated code takes is the emitter's choice.
 *
 * @param id the operation id (3.0 key, 2.x {@code operationId}, else derived from the channel)
 * @param action what the described application does
 * @param channel the channel's name (3.0 key; 2.x: its address)
 * @param address the channel address with {@code {parameter}} placeholders
 * @param parameters the address parameters, in order of appearance in the address
 * @param message what travels: payload, headers, key, correlation id (several messages merged)
 * @param bindings transport settings as text, sorted ({@code qos=1}, {@code retain=false})
 * @param group the consumer group the contract fixes (Kafka {@code groupId} with one value), if any
 * @param reply the reply of a 3.0 request/reply operation
 * @param summary may be empty
 * @param description may be empty
 * @param location where the operation is declared
 */
public record EventOperation(
        String id,
        Action action,
        String channel,
        String address,
        List<Parameter> parameters,
        Message message,
        Map<String, String> bindings,
        Optional<String> group,
        Optional<Reply> reply,
        String summary,
        String description,
        SourceLocation location) {

    public EventOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(message, "message");
        bindings = Collections.unmodifiableMap(new TreeMap<>(bindings));
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
    }

    /** What the application the document describes does on the channel. */
    public enum Action { SEND, RECEIVE }

    /**
     * Whether the generated code sends this operation's messages. The generated code is the
     * counterpart of the application the document describes: what that application receives, the
     * generated code sends (a producer); what it sends, the generated code receives (a handler).
     */
    public boolean generatedCodeSends() {
        return action == Action.RECEIVE;
    }

    /**
     * A channel address parameter; its value is always text in the address.
     *
     * @param name as in the address placeholder
     * @param description may be empty
     * @param allowedValues the values the contract allows, empty when any
     */
    public record Parameter(String name, String description, List<String> allowedValues) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            allowedValues = List.copyOf(allowedValues);
        }
    }

    /**
     * The message of an operation. When the contract allows several, the payload is their union and
     * the headers are typed only when every message declares the same headers.
     *
     * @param names the contract's message names, in contract order
     * @param contentType the payload's media type ({@code defaultContentType} filled in)
     * @param payload the payload type; {@link TypeRef.Scalar#BINARY} for a schema format other than JSON Schema
     * @param headers the headers' record type, when declared
     * @param key the Kafka message key's type, when the contract declares one
     * @param correlationId where the correlation id is carried, when declared
     */
    public record Message(List<String> names, String contentType, TypeRef payload, Optional<TypeRef> headers,
            Optional<TypeRef> key, Optional<CorrelationId> correlationId) {
        public Message {
            names = List.copyOf(names);
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(correlationId, "correlationId");
        }
    }

    /**
     * A correlation id's location, from a runtime expression such as {@code $message.header#/requestId}.
     *
     * @param inHeaders true for {@code $message.header}, false for {@code $message.payload}
     * @param path the JSON pointer after {@code #}, e.g. {@code /requestId}
     */
    public record CorrelationId(boolean inHeaders, String path) {
        public CorrelationId {
            Objects.requireNonNull(path, "path");
        }

        /** The first property the path names: the header name for a header location. */
        public String property() {
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            int slash = trimmed.indexOf('/');
            return slash < 0 ? trimmed : trimmed.substring(0, slash);
        }
    }

    /**
     * The reply of a 3.0 request/reply operation.
     *
     * @param address the reply channel's address, empty when only given at run time
     * @param addressLocation the runtime expression that carries the reply address, empty when none
     * @param message the reply's message
     */
    public record Reply(String address, String addressLocation, Message message) {
        public Reply {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(addressLocation, "addressLocation");
            Objects.requireNonNull(message, "message");
        }
    }
}
