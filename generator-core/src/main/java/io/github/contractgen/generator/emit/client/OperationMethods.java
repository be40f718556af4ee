package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.EmitFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The public operation methods of a group, sync or async. Each is one line that hands the call
 * described by the group's {@code Calls} class to the runtime; an operation with optional
 * parameters also gets an overload that takes only the required ones, and every operation a
 * {@code ...WithResponse} variant that returns the status and headers with the body.
 */
final class OperationMethods {

    private final ClientPlan plan;
    private final OperationDocs docs;

    OperationMethods(ClientPlan plan) {
        this.plan = plan;
        this.docs = new OperationDocs(plan);
    }

    List<MethodSpec> methods(GroupView group, boolean async) {
        List<MethodSpec> methods = new ArrayList<>();
        for (OperationView view : group.operations()) {
            methods.add(EmitFailure.during(Docs.where(view), () -> full(group, view, async)));
            if (view.hasOptionalParams()) {
                methods.add(EmitFailure.during(Docs.where(view), () -> requiredOnly(view, async)));
            }
            methods.add(EmitFailure.during(Docs.where(view), () -> withResponse(group, view, async)));
        }
        return methods;
    }

    private MethodSpec full(GroupView group, OperationView view, boolean async) {
        MethodSpec.Builder method = start(view, view.methodName(), returnType(view, async)).addJavadoc(docs.full(view, async));
        addAllParams(method, view);
        CodeBlock call = CodeBlock.of("$T.$N($L)", group.calls(), view.methodName(), arguments(view.params()));
        if (async) {
            method.addStatement("return core.callAsync($L)", call);
        } else if (view.returnsVoid()) {
            method.addStatement("core.call($L)", call);
        } else {
            method.addStatement("return core.call($L)", call);
        }
        return method.build();
    }

    private MethodSpec requiredOnly(OperationView view, boolean async) {
        MethodSpec.Builder method = start(view, view.methodName(), returnType(view, async))
                .addJavadoc(docs.requiredOnly(view, async));
        view.requiredParams().forEach(param -> method.addParameter(param.declaredType(), param.javaName()));
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParamView param : view.params()) {
            arguments.add(param.required() ? CodeBlock.of("$N", param.javaName()) : CodeBlock.of("null"));
        }
        CodeBlock call = CodeBlock.of("$N($L)", view.methodName(), CodeBlock.join(arguments, ", "));
        return method.addStatement(async || !view.returnsVoid() ? "return $L" : "$L", call).build();
    }

    /**
     * The variant with the status and headers, for the full parameter list only: an overload without
     * the optional parameters would double the methods for a saving of a few {@code null}s.
     */
    private MethodSpec withResponse(GroupView group, OperationView view, boolean async) {
        TypeName response = ParameterizedTypeName.get(RuntimeTypes.API_RESPONSE, result(view));
        MethodSpec.Builder method = start(view, view.withResponseName(), async ? future(response) : response)
                .addJavadoc(docs.withResponse(view, async));
        addAllParams(method, view);
        return method.addStatement("return core.$L($T.$N($L))", async ? "callWithResponseAsync" : "callWithResponse",
                group.calls(), view.methodName(), arguments(view.params())).build();
    }

    private TypeName returnType(OperationView view, boolean async) {
        if (view.returnsVoid()) {
            return async ? future(view.returnType()) : TypeName.VOID;
        }
        return async ? future(result(view)) : result(view);
    }

    /**
     * The type the call yields, {@code @Nullable} when the contract lets it be null: a success without a
     * body, or a body whose schema allows null (see {@link ResponseCodes#nullResults}).
     */
    private TypeName result(OperationView view) {
        return plan.responses().nullResults(view.operation()).isEmpty() ? view.returnType()
                : view.returnType().annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build());
    }

    private static TypeName future(TypeName value) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), value);
    }

    private static MethodSpec.Builder start(OperationView view, String name, TypeName returns) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
        if (view.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    private static void addAllParams(MethodSpec.Builder method, OperationView view) {
        view.params().forEach(param -> method.addParameter(ParameterSpec.builder(param.declaredType(), param.javaName()).build()));
    }

    private static CodeBlock arguments(List<ParamView> params) {
        return params.stream().map(param -> CodeBlock.of("$N", param.javaName())).collect(CodeBlock.joining(", "));
    }
}
