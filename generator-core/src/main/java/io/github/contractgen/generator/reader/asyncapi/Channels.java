package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What both versions share about channels and operations: address parameters, bindings, groups. */
final class Channels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

    private final Documents documents;

    Channels(Documents documents) {
        this.documents = documents;
    }

    /**
     * The parameters of {@code address} in order of appearance, described by {@code declared} where it
     * declares them (2.x {@code schema.enum}, 3.0 {@code enum}); empty when the address is unusable.
     */
    Optional<List<EventOperation.Parameter>> parameters(String address, Located declared, Located at) {
        Matcher matcher = PLACEHOLDER.matcher(address);
        Set<String> names = new LinkedHashSet<>();
        int last = 0;
        StringBuilder literal = new StringBuilder();
        while (matcher.find()) {
            literal.append(address, last, matcher.start());
            if (!names.add(matcher.group(1))) {
                documents.report(Diagnostic.Severity.ERROR, at, "address '" + address + "' repeats parameter {"
                        + matcher.group(1) + "}; give each placeholder its own name");
                return Optional.empty();
            }
            last = matcher.end();
        }
        literal.append(address.substring(last));
        if (literal.indexOf("{") >= 0 || literal.indexOf("}") >= 0 || address.isEmpty()) {
            documents.report(Diagnostic.Severity.ERROR, at, "address '" + address
                    + "' is empty or has an unbalanced '{' '}'; write parameters as {name}");
            return Optional.empty();
        }
        List<EventOperation.Parameter> parameters = new ArrayList<>();
        for (String name : names) {
            Located parameter = declared.get(name);
            if (parameter.isMissing()) {
                // Both versions require it, and a typo ({lightID} against lightId) must not pass unnoticed.
                documents.report(Diagnostic.Severity.ERROR, at, "address '" + address + "' uses parameter {"
                        + name + "}, which the channel's 'parameters' do not define; add '" + name
                        + "' under the channel's parameters");
                return Optional.empty();
            }
            Optional<Located> resolved = documents.resolve(parameter);
            parameters.add(resolved.map(p -> parameter(name, p)).orElse(new EventOperation.Parameter(name, "", List.of())));
        }
        return Optional.of(parameters);
    }

    private static EventOperation.Parameter parameter(String name, Located declared) {
        Located values = declared.get("enum").isMissing() ? declared.get("schema").get("enum") : declared.get("enum");
        List<String> allowed = new ArrayList<>();
        values.elements().forEach(value -> allowed.add(value.node().asText()));
        return new EventOperation.Parameter(name, declared.text("description"), allowed);
    }

    /** MQTT settings of an operation, its messages' as a fallback. */
    static Map<String, String> bindings(Located operationBindings, List<Raw.Message> messages) {
        Map<String, String> bindings = new TreeMap<>();
        messages.forEach(message -> message.bindings().forEach(bindings::putIfAbsent));
        bindings.putAll(MessageReader.bindings(operationBindings.get("mqtt")));
        return bindings;
    }

    /** A Kafka {@code groupId} the contract fixes: a {@code const}, or an {@code enum} of one value. */
    Optional<String> group(Located operationBindings) {
        Optional<Located> groupId = documents.resolveIfPresent(operationBindings.get("kafka").get("groupId"));
        if (groupId.isEmpty()) {
            return Optional.empty();
        }
        JsonNode schema = groupId.get().node();
        if (schema.isTextual()) {
            return Optional.of(schema.asText());
        }
        if (schema.has("const") && schema.get("const").isValueNode()) {
            return Optional.of(schema.get("const").asText());
        }
        JsonNode values = schema.get("enum");
        return values != null && values.isArray() && values.size() == 1 ? Optional.of(values.get(0).asText())
                : Optional.empty();
    }
}
