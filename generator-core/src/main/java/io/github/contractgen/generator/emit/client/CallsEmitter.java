package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.EmitFailure;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.RequestBody;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.SecurityRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes a group's package-private {@code Calls} class: for each operation, one constant that says
 * how its responses decode and one static method that turns the Java arguments into a
 * {@code RestCall}. The sync and async API classes both delegate here, so each call is described
 * exactly once in generated code.
 */
final class CallsEmitter {

    private final ClientPlan plan;

    CallsEmitter(ClientPlan plan) {
        this.plan = plan;
    }

    JavaFile emit(GroupView group) {
        TypeSpec.Builder type = TypeSpec.classBuilder(group.calls())
                .addJavadoc("How each call of $L is made and decoded; shared by the sync and async APIs.",
                        group.isDefault() ? "the service's untagged operations" : "the '" + Javadocs.escape(group.group()) + "' group")
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (OperationView view : group.operations()) {
            type.addField(EmitFailure.during(Docs.where(view), () -> spec(view)));
            type.addMethod(EmitFailure.during(Docs.where(view), () -> call(view)));
        }
        return JavaFile.builder(group.calls().packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private FieldSpec spec(OperationView view) {
        TypeName specType = ParameterizedTypeName.get(RuntimeTypes.RESPONSE_SPEC, view.returnType());
        CodeBlock.Builder init = CodeBlock.builder().add("$T.<$T>builder()", RuntimeTypes.RESPONSE_SPEC, view.returnType())
                .indent().indent();
        List<Response> successes = view.operation().successResponses();
        if (successes.isEmpty()) {
            init.add("\n.success($S, $T.empty())", "2XX", RuntimeTypes.RESPONSE_BODY);
        }
        for (Response response : successes) {
            // Only bodies of the returned type can be declared; other 2xx decode as the lowest one.
            if (plan.responses().bodyType(response).equals(view.returnType())) {
                init.add("\n.success($S, $L)", response.status(), plan.responses().responseBody(response));
            } else if (response.kind() == BodyKind.EMPTY) {
                // Declared without a body: null, which the method's @Nullable result admits, not a decoding error.
                init.add("\n.success($S, $T.none())", response.status(), RuntimeTypes.RESPONSE_BODY);
            }
        }
        for (Response response : view.operation().errorResponses()) {
            init.add("\n.error($S, $L, $L)", response.status(), plan.responses().responseBody(response),
                    errorFactory(response));
        }
        init.add("\n.otherwise($T::undeclared)", plan.exception()).add("\n.build()").unindent().unindent();
        return FieldSpec.builder(specType, view.specName(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    private CodeBlock errorFactory(Response response) {
        ErrorClasses.ErrorClass error = plan.errors().of(response.status());
        if (error.typed() && plan.responses().bodyType(response).equals(ResponseCodes.VOID)) {
            return CodeBlock.of("(response, none) -> new $T(response, null)", error.name());
        }
        return CodeBlock.of("$T::new", error.name());
    }

    private MethodSpec call(OperationView view) {
        Operation operation = view.operation();
        MethodSpec.Builder method = MethodSpec.methodBuilder(view.methodName())
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.REST_CALL, view.returnType()));
        view.params().forEach(param -> method.addParameter(ParameterSpec.builder(param.declaredType(), param.javaName()).build()));
        method.addCode(nullChecks(view));
        boolean fieldsLocal = fieldsLocal(view);
        if (fieldsLocal) {
            method.addCode(fields(view));
        }
        CodeBlock.Builder chain = CodeBlock.builder()
                .add("return $T.builder($S, $S, $S, $L)", RuntimeTypes.REST_CALL, operation.id(),
                        operation.method(), operation.path(), view.specName())
                .indent().indent();
        for (ParamView param : view.params()) {
            chain.add(argument(param, operation));
        }
        operation.requestBody().ifPresent(body -> chain.add(body(body, view, fieldsLocal)));
        if (!operation.security().isEmpty()) {
            chain.add("\n.security($L)", security(operation.security()));
        }
        if (operation.idempotent()) {
            chain.add("\n.idempotent(true)");
        }
        ResponseCodes.explicitAccept(operation.responses()).ifPresent(accept -> chain.add("\n.accept($S)", accept));
        chain.add("\n.build();\n").unindent().unindent();
        return method.addCode(chain.build()).build();
    }

    /**
     * Refuses a null for every required reference parameter, body and part. The runtime leaves out
     * null values (no body, no header, no part), so without the check a forgotten argument would
     * become a request the contract does not allow instead of an error naming the argument.
     */
    private static CodeBlock nullChecks(OperationView view) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (ParamView param : view.params()) {
            if (param.required() && !param.type().isPrimitive()) {
                code.addStatement("$T.requireNonNull($N, $S)", Objects.class, param.javaName(), param.javaName());
            }
        }
        return code.build();
    }

    private static CodeBlock argument(ParamView param, Operation operation) {
        return switch (param.kind()) {
            case PATH -> CodeBlock.of("\n.pathParam($S, $N)", param.wireName(), param.javaName());
            case QUERY -> CodeBlock.of("\n.queryParam($S, $N, $T.$L, $L)", param.wireName(), param.javaName(),
                    RuntimeTypes.QUERY_STYLE, queryStyle(param.style()), param.explode());
            case HEADER -> CodeBlock.of("\n.header($S, $N)", param.wireName(), param.javaName());
            case COOKIE -> CodeBlock.of("\n.cookie($S, $N)", param.wireName(), param.javaName());
            case BODY, FIELD -> CodeBlock.of("");
        };
    }

    private static String queryStyle(String style) {
        return switch (style) {
            case "spaceDelimited" -> "SPACE_DELIMITED";
            case "pipeDelimited" -> "PIPE_DELIMITED";
            case "deepObject" -> "DEEP_OBJECT";
            default -> "FORM";
        };
    }

    /**
     * Whether the body is sent from a {@code fields} map: a form or multipart body spread into field
     * parameters, including a record whose fields are all read-only or that has none (an empty form).
     */
    private static boolean fieldsLocal(OperationView view) {
        if (view.params().stream().anyMatch(param -> param.kind() == ParamView.Kind.FIELD)) {
            return true;
        }
        BodyKind kind = view.operation().requestBody().map(RequestBody::kind).orElse(BodyKind.EMPTY);
        return (kind == BodyKind.FORM || kind == BodyKind.MULTIPART)
                && view.params().stream().noneMatch(param -> param.kind() == ParamView.Kind.BODY);
    }

    /** The form or multipart fields, in contract order; the runtime leaves out null values. */
    private static CodeBlock fields(OperationView view) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T<$T, $T> fields = new $T<>()",
                Map.class, String.class, Object.class, LinkedHashMap.class);
        for (ParamView param : view.params()) {
            if (param.kind() == ParamView.Kind.FIELD) {
                code.addStatement("fields.put($S, $N)", param.wireName(), param.javaName());
            }
        }
        return code.build();
    }

    private static CodeBlock body(RequestBody body, OperationView view, boolean fieldsLocal) {
        String value = fieldsLocal ? "fields" : view.params().stream()
                .filter(param -> param.kind() == ParamView.Kind.BODY)
                .map(ParamView::javaName)
                .findFirst()
                .orElseThrow();
        BodyKind kind = body.kind();
        // Fields the caller may all leave out: an optional body then sends nothing, not an empty form.
        boolean optionalFields = fieldsLocal && !body.required();
        return switch (kind) {
            case JSON -> body.contentType().equals("application/json") ? CodeBlock.of("\n.jsonBody($N)", value)
                    : CodeBlock.of("\n.jsonBody($N, $S)", value, body.contentType());
            case FORM -> CodeBlock.of("\n.$L($N)", optionalFields ? "optionalFormBody" : "formBody", value);
            case MULTIPART -> CodeBlock.of("\n.$L($N)", optionalFields ? "optionalMultipartBody" : "multipartBody", value);
            case TEXT -> CodeBlock.of("\n.textBody($N, $S)", value, body.contentType());
            case BINARY -> CodeBlock.of("\n.binaryBody($N, $S)", value, body.contentType());
            case EMPTY -> CodeBlock.of("");
        };
    }

    private static CodeBlock security(List<SecurityRequirement> requirements) {
        List<CodeBlock> alternatives = requirements.stream()
                .map(requirement -> CodeBlock.of("$T.of($L)", List.class, requirement.schemeNames().stream()
                        .map(name -> CodeBlock.of("$S", name))
                        .collect(CodeBlock.joining(", "))))
                .toList();
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(alternatives, ", "));
    }
}
