package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The response headers an operation's successes declare, as the sentence that ends the Javadoc of its
 * {@code ...WithResponse} methods: the one place a user learns which headers to ask for.
 */
final class DeclaredHeaders {

    /**
     * The headers the runtime never exposes ({@code io.github.contractgen.runtime.http.Headers.SECRET};
     * the generator does not depend on the runtime, and a test holds the two lists equal). A declared
     * one is named as left out rather than promised.
     */
    static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "set-cookie2", "proxy-authenticate-info", "x-api-key", "api-key");

    private final TypeMapper types;

    DeclaredHeaders(TypeMapper types) {
        this.types = types;
    }

    /**
     * The sentence naming the declared headers, one per line, or empty when there are none: it follows
     * the {@code @return} text, which is where a reader looks for what the response holds.
     */
    String sentence(Operation operation) {
        List<String> exposed = new ArrayList<>();
        List<String> secret = new ArrayList<>();
        for (Response.Header header : operation.successHeaders()) {
            String name = "{@code " + Javadocs.escape(header.name()) + "}";
            if (SECRET.contains(header.name().toLowerCase(Locale.ROOT))) {
                secret.add(name);
            } else {
                exposed.add(describe(name, header));
            }
        }
        String text = exposed.isEmpty() ? "" : "Declared headers: " + String.join(";\n", exposed) + ".";
        if (!secret.isEmpty()) {
            text += (text.isEmpty() ? "" : "\n") + String.join(", ", secret) + (secret.size() == 1 ? " is" : " are")
                    + " declared too, but never exposed: it carries credentials or session state.";
        }
        return text;
    }

    private String describe(String name, Response.Header header) {
        String type = "{@code " + javadocName(types.javaType(header.type(), true).withoutAnnotations()) + "}"
                + (header.required() ? ", always sent" : "");
        String description = OperationDocs.clause(Javadocs.escape(header.description()));
        return name + " (" + type + ")" + (description.isEmpty() ? "" : ": " + description);
    }

    /**
     * A type as a reader writes it ({@code List<String>}), without the imports that {@code $T} in
     * Javadoc would add to the file for a type only the comment mentions.
     */
    static String javadocName(TypeName type) {
        if (type instanceof ClassName name) {
            return String.join(".", name.simpleNames());
        }
        if (type instanceof ParameterizedTypeName generic) {
            return javadocName(generic.rawType()) + generic.typeArguments().stream()
                    .map(DeclaredHeaders::javadocName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof ArrayTypeName array) {
            return javadocName(array.componentType()) + "[]";
        }
        return type.toString();
    }
}
