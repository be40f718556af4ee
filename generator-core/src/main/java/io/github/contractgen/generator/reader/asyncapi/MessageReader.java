package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.reader.source.JsonPointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads message objects of either version: traits merged, payload (2.x {@code schemaFormat} or a 3.0
 * multi-format schema), headers, Kafka key, correlation id and MQTT bindings. A message referenced from
 * several operations is read once.
 */
final class MessageReader {

    private static final String HEADER = "$message.header";
    private static final String PAYLOAD = "$message.payload";

    private final Documents documents;
    private final Traits traits;
    private final SchemaTrees schemas;
    private final String defaultContentType;
    private final Map<String, Raw.Message> read = new HashMap<>();

    MessageReader(Documents documents, SchemaTrees schemas, String defaultContentType) {
        this.documents = documents;
        this.traits = new Traits(documents);
        this.schemas = schemas;
        this.defaultContentType = defaultContentType.isEmpty() ? "application/json" : defaultContentType;
    }

    /** The message at {@code reference}; empty (reported) when it cannot be resolved. */
    Optional<Raw.Message> read(Located reference, String fallbackName) {
        Optional<Located> resolved = documents.resolve(reference);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Raw.Message known = read.get(resolved.get().identity());
        if (known != null) {
            return Optional.of(known);
        }
        Raw.Message message = message(resolved.get(), fallbackName);
        read.put(message.identity(), message);
        return Optional.of(message);
    }

    private Raw.Message message(Located resolved, String fallbackName) {
        Located message = traits.apply(resolved);
        String name = name(message, fallbackName);
        String contentType = message.text("contentType").isEmpty() ? defaultContentType : message.text("contentType");
        Located payload = message.get("payload");
        String format = message.text("schemaFormat");
        Optional<Located> unwrapped = payload.isMissing() ? Optional.empty() : documents.resolve(payload);
        if (unwrapped.isPresent() && unwrapped.get().isObject() && unwrapped.get().node().has("schemaFormat")
                && unwrapped.get().node().has("schema")) {
            format = unwrapped.get().text("schemaFormat");
            payload = unwrapped.get().get("schema");
        }
        boolean binary = !SchemaTrees.isJsonSchema(format);
        if (binary) {
            documents.report(Diagnostic.Severity.WARNING, message.get("payload"), "message '" + name
                    + "' has a payload in schema format '" + format + "', which contractgen does not read;"
                    + " it is sent and received as raw bytes");
        }
        Optional<String> payloadKey = binary || payload.isMissing() ? Optional.empty() : Optional.of(schemas.use(payload));
        // The key of a message in another schema format is in that format too (an Avro key, say): not read.
        Optional<String> key = binary ? Optional.empty() : schema(message.get("bindings").get("kafka").get("key"));
        return new Raw.Message(resolved.identity(), name, contentType, payloadKey, binary,
                schema(message.get("headers")), key,
                correlationId(message), bindings(message.get("bindings").get("mqtt")), message);
    }

    private Optional<String> schema(Located schema) {
        if (schema.isMissing()) {
            return Optional.empty();
        }
        Optional<Located> resolved = documents.resolve(schema);
        if (resolved.isPresent() && resolved.get().isObject() && resolved.get().node().has("schemaFormat")
                && resolved.get().node().has("schema")) {
            return SchemaTrees.isJsonSchema(resolved.get().text("schemaFormat"))
                    ? Optional.of(schemas.use(resolved.get().get("schema"))) : Optional.empty();
        }
        return Optional.of(schemas.use(schema));
    }

    private static String name(Located message, String fallbackName) {
        for (String field : List.of("name", "messageId")) {
            if (!message.text(field).isBlank()) {
                return message.text(field);
            }
        }
        List<String> tokens = JsonPointers.tokens(message.pointer());
        if (tokens.size() >= 2 && tokens.get(tokens.size() - 2).equals("messages")) {
            return tokens.get(tokens.size() - 1);
        }
        return fallbackName;
    }

    private Optional<EventOperation.CorrelationId> correlationId(Located message) {
        Located declared = message.get("correlationId");
        if (declared.isMissing()) {
            return Optional.empty();
        }
        Optional<Located> resolved = documents.resolve(declared);
        String location = resolved.map(r -> r.text("location")).orElse("");
        int hash = location.indexOf('#');
        String source = hash < 0 ? location : location.substring(0, hash);
        String path = hash < 0 ? "" : location.substring(hash + 1);
        if (!(source.equals(HEADER) || source.equals(PAYLOAD)) || path.isEmpty()) {
            if (resolved.isPresent()) {
                documents.report(Diagnostic.Severity.WARNING, resolved.get(), "correlation id location '" + location
                        + "' is not of the form $message.header#/name or $message.payload#/name; it is ignored");
            }
            return Optional.empty();
        }
        return Optional.of(new EventOperation.CorrelationId(source.equals(HEADER), path));
    }

    /** MQTT {@code qos} and {@code retain} as text, from operation or message bindings. */
    static Map<String, String> bindings(Located mqtt) {
        Map<String, String> bindings = new TreeMap<>();
        for (String name : List.of("qos", "retain")) {
            JsonNode value = mqtt.isObject() ? mqtt.node().get(name) : null;
            if (value != null && value.isValueNode() && !value.isNull()) {
                bindings.put(name, value.asText());
            }
        }
        return bindings;
    }
}
