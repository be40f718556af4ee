package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Javadoc of operation methods, from the contract's summary, description and responses. */
final class OperationDocs {

    private final ClientPlan plan;
    private final DeclaredHeaders headers;

    OperationDocs(ClientPlan plan) {
        this.plan = plan;
        this.headers = new DeclaredHeaders(plan.types());
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
        outcomes(view, async, view.returnsVoid() && !async ? null : returnText(view), whenNull(view, "result"), doc);
    }

    /**
     * When the {@code subject} ("result", "body") is {@code null}, as a sentence; empty when it never is:
     * "The result is {@code null} when the service answers HTTP 200 with JSON {@code null} (its schema
     * allows it) or HTTP 204 (declared without a body)."
     */
    private String whenNull(OperationView view, String subject) {
        List<Response> cases = plan.responses().nullResults(view.operation());
        if (cases.isEmpty()) {
            return "";
        }
        List<String> answers = new ArrayList<>();
        for (Response response : cases) {
            answers.add("HTTP " + response.status() + (response.kind() == BodyKind.EMPTY
                    ? " (declared without a body)" : " with JSON {@code null} (its schema allows it)"));
        }
        return "The " + subject + " is {@code null} when the service answers " + String.join(" or ", answers) + ".";
    }

    /**
     * The same, with {@code result} as what is returned (null: nothing, for a sync void method) and
     * {@code trailer}, a sentence that follows it (may be empty).
     */
    private void outcomes(OperationView view, boolean async, String result, String trailer, CodeBlock.Builder doc) {
        Operation operation = view.operation();
        if (async) {
            doc.add("@return a future of $L; $L$L\n", clause(result), asyncFailures(operation),
                    trailer.isEmpty() ? "" : ".\n" + trailer);
        } else {
            if (result != null) {
                doc.add("@return $L$L\n", result, trailer.isEmpty() ? "" : (result.endsWith(".") ? "\n" : ".\n") + trailer);
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
        CodeBlock signature = signature(view.params());
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

    /**
     * The variant that returns an {@code ApiResponse}: a pointer to the plain method, and the declared
     * response headers in the {@code @return} text, since that is what a caller reaches for it for.
     */
    CodeBlock withResponse(OperationView view, boolean async) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("$L\n\n", Docs.summaryOr(view.operation().summary(), view.operation().description(),
                        "Calls {@code " + Javadocs.escape(view.operation().id()) + "}."))
                .add("<p>The same as {@link #$L($L)},\nwith the response's status and headers next to the body;"
                        + " the parameters are described there.\n", view.methodName(), signature(view.params()))
                .add("\n");
        // Only what each parameter is: repeating the contract's descriptions (Kubernetes has paragraphs per
        // query parameter) made these variants a third of all generated lines.
        for (ParamView param : view.params()) {
            doc.add("@param $L $L\n", param.javaName(), plainText(param));
        }
        String description = view.operation().successResponses().isEmpty() ? ""
                : view.operation().successResponses().get(0).description();
        String result = view.returnsVoid() ? "the response's status and headers (the body is {@code null})"
                : description.isBlank() ? "the response's status, headers and decoded body"
                : "the response's status, headers and body: " + clause(Javadocs.escape(description));
        String trailer = String.join("\n", Stream.of(whenNull(view, "body"), headers.sentence(view.operation()))
                .filter(sentence -> !sentence.isEmpty()).toList());
        outcomes(view, async, result, trailer, doc);
        return doc.build();
    }

    /** The parameter types as a {@code {@link}} to the method lists them. */
    private static CodeBlock signature(List<ParamView> params) {
        return params.stream()
                .map(param -> CodeBlock.of("$T", erasure(param.declaredType().withoutAnnotations())))
                .collect(CodeBlock.joining(", "));
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
        return param.description().isBlank() ? plainText(param) : Javadocs.escape(param.description());
    }

    /** What the parameter is, without the contract's description: "the {@code limit} query parameter". */
    private static String plainText(ParamView param) {
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
