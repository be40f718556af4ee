package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Response;
import java.util.ArrayList;
import java.util.List;

/** The Javadoc of operation methods, from the contract's summary, description and responses. */
final class OperationDocs {

    private final ClientPlan plan;

    OperationDocs(ClientPlan plan) {
        this.plan = plan;
    }

    CodeBlock full(OperationView view, boolean async) {
        Operation operation = view.operation();
        CodeBlock.Builder doc = CodeBlock.builder().add(intro(operation));
        for (ParamView param : view.params()) {
            doc.add("@param $L $L\n", param.javaName(), paramText(param));
        }
        outcomes(view, async, doc);
        return doc.build();
    }

    /** The {@code @return} and {@code @throws} lines, then {@code @deprecated} when the contract says so. */
    private void outcomes(OperationView view, boolean async, CodeBlock.Builder doc) {
        Operation operation = view.operation();
        if (async) {
            doc.add("@return a future of $L; $L\n", clause(returnText(view)), asyncFailures(operation));
        } else {
            if (!view.returnsVoid()) {
                doc.add("@return $L\n", returnText(view));
            }
            for (Response error : operation.errorResponses()) {
                ErrorClasses.ErrorClass type = plan.errors().of(error.status());
                doc.add("@throws $T $L\n", type.name(), error.description().isBlank()
                        ? statusText(error.status())
                        : Javadocs.escape(error.description()));
            }
            doc.add("@throws $T $L\n", plan.exception(), operation.errorResponses().isEmpty()
                    ? "when the service answers with an error status" : "on any other error status");
        }
        if (operation.deprecated()) {
            doc.add("@deprecated the contract marks this operation deprecated\n");
        }
    }

    /**
     * How the future of an async method fails: the same per-status exceptions the sync method
     * declares with {@code @throws}, as one sentence, since a future cannot declare them.
     */
    private CodeBlock asyncFailures(Operation operation) {
        List<CodeBlock> cases = new ArrayList<>();
        for (Response error : operation.errorResponses()) {
            ErrorClasses.ErrorClass type = plan.errors().of(error.status());
            cases.add(CodeBlock.of("with {@link $T} $L", type.name(), error.description().isBlank()
                    ? statusText(error.status())
                    : "when " + clause(Javadocs.escape(error.description()))));
        }
        cases.add(CodeBlock.of("with {@link $T} $L", plan.exception(), cases.isEmpty()
                ? "when the service answers with an error status" : "on any other error status"));
        return CodeBlock.of("it fails $L", CodeBlock.join(cases, ", "));
    }

    /**
     * A contract sentence made fit for the middle of another: trailing period dropped, first letter
     * lower-cased unless it starts an acronym ("The pet." becomes "the pet", "API key" stays).
     */
    static String clause(String sentence) {
        String text = sentence.strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** The overload without optional parameters: a pointer to the full method. */
    CodeBlock requiredOnly(OperationView view, boolean async) {
        CodeBlock signature = view.params().stream()
                .map(param -> CodeBlock.of("$T", erasure(param.declaredType().withoutAnnotations())))
                .collect(CodeBlock.joining(", "));
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("$L\n\n", Docs.summaryOr(view.operation().summary(), view.operation().description(),
                        "Calls {@code " + Javadocs.escape(view.operation().id()) + "}."))
                .add("<p>The same as {@link #$L($L)} with the optional parameters left out.\n",
                        view.methodName(), signature)
                .add("\n");
        for (ParamView param : view.requiredParams()) {
            doc.add("@param $L $L\n", param.javaName(), paramText(param));
        }
        outcomes(view, async, doc);
        return doc.build();
    }

    /** What a {@code {@link}} names: the raw class of a generic type. */
    private static TypeName erasure(TypeName type) {
        return type instanceof ParameterizedTypeName generic ? generic.rawType() : type;
    }

    private static String statusText(String status) {
        return status.equalsIgnoreCase("default")
                ? "on an error status the operation declares only as {@code default}"
                : "on HTTP " + status;
    }

    private static CodeBlock intro(Operation operation) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String summary = operation.summary().isBlank() ? "" : Javadocs.escape(operation.summary());
        String description = operation.description().isBlank() ? "" : Javadocs.escape(operation.description());
        doc.add("$L\n\n", summary.isEmpty()
                ? (description.isEmpty() ? "Calls {@code " + Javadocs.escape(operation.id()) + "}." : description)
                : summary);
        if (!summary.isEmpty() && !description.isEmpty()) {
            doc.add("<p>$L\n\n", description);
        }
        doc.add("<p>{@code $L $L}\n\n", operation.method(), Javadocs.escape(operation.path()));
        return doc.build();
    }

    /** The contract's description or a plain one, with the contract's facts about the values in parentheses. */
    static String paramText(ParamView param) {
        String text = describe(param);
        if (param.facts().isEmpty()) {
            return text;
        }
        text = text.strip();
        // "Pets with these tags." becomes "Pets with these tags (one of ...)." rather than ending in "). "
        boolean period = text.endsWith(".");
        String body = period ? text.substring(0, text.length() - 1) : text;
        return body + " (" + param.facts() + ")" + (period ? "." : "");
    }

    private static String describe(ParamView param) {
        if (!param.description().isBlank()) {
            return Javadocs.escape(param.description());
        }
        return switch (param.kind()) {
            case BODY -> "the request body";
            case FIELD -> "the {@code " + Javadocs.escape(param.wireName()) + "} field of the request body";
            default -> "the {@code " + Javadocs.escape(param.wireName()) + "} " + param.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " parameter";
        };
    }

    private String returnText(OperationView view) {
        List<Response> successes = view.operation().successResponses();
        if (view.returnsVoid()) {
            return "{@code null} once the call has succeeded";
        }
        String description = successes.isEmpty() ? "" : successes.get(0).description();
        return description.isBlank() ? "the response body" : Javadocs.escape(description);
    }
}
