package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The address patterns of an events class, as static constants: a pattern is parsed once per class,
 * not per message or subscription, and only the patterns the code uses are declared. An address
 * without parameters is written as its literal instead. The values a sent parameter may take, where the
 * contract lists them, are constants too ({@code REGION_VALUES}), one per parameter name and list:
 * each send checks its parameters against them.
 */
final class Addresses {

    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    /** The constant of each (parameter name, allowed values), and their fields after the patterns'. */
    private final Map<List<String>, String> allowed = new LinkedHashMap<>();
    private final List<FieldSpec> allowedFields = new ArrayList<>();

    /** Names every constant the plan's operations use, in their order; a name taken twice gets a number. */
    Addresses(EventsPlan plan) {
        Set<String> taken = new HashSet<>();
        for (EventsPlan.OperationView view : plan.operations()) {
            String base = JavaNames.constantName(view.operation().id());
            boolean receives = !view.produces();
            String address = view.operation().address();
            if (receives ? !view.parameters().isEmpty() : hasParameters(address)) {
                add(key(view, false), unique(base + "_ADDRESS", taken), address);
            }
            view.reply().filter(reply -> !reply.usesInbox() && hasParameters(reply.template()))
                    .ifPresent(reply -> add(key(view, true), unique(base + "_REPLY_ADDRESS", taken), reply.template()));
            if (view.produces()) {
                view.operation().parameters().stream().filter(parameter -> !parameter.allowedValues().isEmpty())
                        .forEach(parameter -> addAllowed(parameter, taken));
            }
        }
    }

    List<FieldSpec> fields() {
        List<FieldSpec> all = new ArrayList<>(fields);
        all.addAll(allowedFields);
        return all;
    }

    /** The constant holding the values {@code parameter} may take; only for a sent one that lists them. */
    String allowedValues(EventOperation.Parameter parameter) {
        return allowed.get(allowedKey(parameter));
    }

    private void addAllowed(EventOperation.Parameter parameter, Set<String> taken) {
        List<String> key = allowedKey(parameter);
        if (allowed.containsKey(key)) {
            return;
        }
        String name = unique(JavaNames.constantName(parameter.name()) + "_VALUES", taken);
        allowed.put(key, name);
        // distinct(): Set.of refuses a value listed twice, and would fail the class's initialisation.
        CodeBlock values = CodeBlock.join(parameter.allowedValues().stream().distinct()
                .map(value -> CodeBlock.of("$S", value)).toList(), ", ");
        allowedFields.add(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Set.class, values).build());
    }

    private static List<String> allowedKey(EventOperation.Parameter parameter) {
        List<String> key = new ArrayList<>(parameter.allowedValues().stream().distinct().toList());
        key.add(0, parameter.name());
        return key;
    }

    /** The constant holding the pattern of {@code view}'s address; only for a receiver with parameters. */
    String pattern(EventsPlan.OperationView view) {
        return constants.get(key(view, false));
    }

    /** {@code view}'s address with the {@code values} filled in, or its literal when it has no parameters. */
    CodeBlock expand(EventsPlan.OperationView view) {
        return expand(key(view, false), view.operation().address());
    }

    /** The reply address of {@code view} (not an inbox) with the {@code values} filled in, or its literal. */
    CodeBlock expandReply(EventsPlan.OperationView view) {
        return expand(key(view, true), view.reply().orElseThrow().template());
    }

    private CodeBlock expand(String key, String template) {
        String constant = constants.get(key);
        return constant == null ? CodeBlock.of("$S", template) : CodeBlock.of("$L.expand(values)", constant);
    }

    private void add(String key, String name, String template) {
        constants.put(key, name);
        fields.add(FieldSpec.builder(EventRuntime.ADDRESS_PATTERN, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($S)", EventRuntime.ADDRESS_PATTERN, template).build());
    }

    private static String key(EventsPlan.OperationView view, boolean reply) {
        return view.operation().id() + (reply ? "\u0000reply" : "");
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    private static boolean hasParameters(String template) {
        return template.indexOf('{') >= 0;
    }
}
