package io.github.contractgen.generator.emit.client;

import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contract's facts about a parameter's values, as a Javadoc fragment: its bounds, its allowed
 * values and the default the service assumes when it is left out.
 *
 * <p>The client enforces none of these (the service does, and may relax them); they are documented
 * so that a caller learns them from the method rather than from the contract.
 */
final class ParamFacts {

    /** More values than this are not listed: the type's own Javadoc lists them. */
    private static final int MAX_LISTED = 12;

    private final TypeMapper types;

    ParamFacts(TypeMapper types) {
        this.types = types;
    }

    /** For example {@code 1 to 100; the service's default is 20 when absent}; empty when there is nothing to say. */
    String of(TypeRef type, Parameter.Limits limits, boolean required) {
        List<String> facts = new ArrayList<>();
        range(limits).ifPresent(facts::add);
        values(type).ifPresent(facts::add);
        if (!required) {
            limits.defaultValue().ifPresent(value ->
                    facts.add("the service's default is " + literal(value) + " when absent"));
        }
        return String.join("; ", facts);
    }

    private static Optional<String> range(Parameter.Limits limits) {
        if (limits.minimum().isPresent() && limits.maximum().isPresent()) {
            return Optional.of(limits.minimum().get() + " to " + limits.maximum().get());
        }
        return limits.minimum().map(min -> "at least " + min).or(() -> limits.maximum().map(max -> "at most " + max));
    }

    /** {@code one of ...} for an enum, {@code each one of ...} for a list or set of one. */
    private Optional<String> values(TypeRef type) {
        TypeRef resolved = types.resolve(type);
        String lead = "one of ";
        if (resolved instanceof TypeRef.ListRef list) {
            resolved = types.resolve(list.items());
            lead = "each one of ";
        }
        if (resolved instanceof TypeRef.Named named
                && types.definition(named.name()) instanceof TypeDef.EnumDef enumeration
                && !enumeration.values().isEmpty() && enumeration.values().size() <= MAX_LISTED) {
            return Optional.of(lead + enumeration.values().stream()
                    .map(value -> "{@code " + Javadocs.escape(value) + "}")
                    .collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }

    /** A JSON default as a reader sees it: strings without their quotes. */
    private static String literal(String json) {
        String text = json.length() > 1 && json.startsWith("\"") && json.endsWith("\"")
                ? json.substring(1, json.length() - 1) : json;
        return "{@code " + Javadocs.escape(text) + "}";
    }
}
