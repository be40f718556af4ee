package io.github.contractgen.generator.emit.events;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
 * without parameters is written as its literal instead.
 */
final class Addresses {

    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();

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
        }
    }

    List<FieldSpec> fields() {
        return List.copyOf(fields);
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
