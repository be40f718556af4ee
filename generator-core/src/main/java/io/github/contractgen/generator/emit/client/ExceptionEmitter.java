package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import javax.lang.model.element.Modifier;

/**
 * Writes the service's exception: the base of every error status a call of the service reports,
 * with one nested subclass per status the contract declares ({@code PetstoreException.NotFound}),
 * whose {@code body()} is typed when every operation declares the same body for that status.
 */
final class ExceptionEmitter {

    private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(RuntimeTypes.NULLABLE).build();

    private static final String CONSTRUCTOR_DOC = "An exception for {@code response}, whose body decoded into {@code body}."
            + "\n\n@param response the response's status, headers and operation\n@param body the decoded body, or {@code"
            + " null} when the response had none\n";

    private final ClientPlan plan;

    ExceptionEmitter(ClientPlan plan) {
        this.plan = plan;
    }

    JavaFile emit() {
        ClassName exception = plan.exception();
        TypeSpec.Builder type = TypeSpec.classBuilder(exception)
                .addJavadoc("An error status from $L: the response was received, and the contract (or HTTP) calls it "
                        + "an error.\n\n", plan.context().symbols().serviceTypeName())
                .addJavadoc("<p>Statuses some operation declares have a nested subclass, with the decoded body; a status "
                        + "an operation does not declare arrives as this class, its raw body in {@link #rawBody()}.\n")
                .addAnnotation(Docs.generated(plan.context()))
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeTypes.API_EXCEPTION)
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(CONSTRUCTOR_DOC)
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(RuntimeTypes.RESPONSE_INFO, "response")
                        .addParameter(ParameterSpec.builder(ClassName.OBJECT.annotated(NULLABLE), "body").build())
                        .addStatement("super(response.operationId(), response, body)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("undeclared")
                        .addJavadoc("For a status the operation does not declare: the body stays raw.\n")
                        .addModifiers(Modifier.STATIC)
                        .returns(exception)
                        .addParameter(RuntimeTypes.RESPONSE_INFO, "response")
                        .addParameter(ResponseCodes.BYTES, "body")
                        .addStatement("return new $T(response, null)", exception)
                        .build());
        for (ErrorClasses.ErrorClass error : plan.errors().all()) {
            type.addType(nested(error));
        }
        return JavaFile.builder(exception.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private TypeSpec nested(ErrorClasses.ErrorClass error) {
        TypeName body = error.typed() ? error.bodyType() : ClassName.OBJECT;
        TypeSpec.Builder type = TypeSpec.classBuilder(error.name())
                .addJavadoc("$L.\n", describe(error.status()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(plan.exception())
                .addField(serialVersionUid())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(CONSTRUCTOR_DOC)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.RESPONSE_INFO, "response")
                        .addParameter(ParameterSpec.builder(body.annotated(NULLABLE), "body").build())
                        .addStatement("super(response, body)")
                        .build());
        if (error.typed()) {
            type.addMethod(MethodSpec.methodBuilder("body")
                    .addJavadoc("The decoded body, or {@code null} when the response had none.\n\n@return the body, as the"
                            + " contract declares it for this status\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(body.annotated(NULLABLE))
                    .addStatement("return ($T) super.body()", body)
                    .build());
        }
        return type.build();
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }

    private static String describe(String status) {
        String upper = status.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("DEFAULT")) {
            return "A status the operation covers only by its {@code default} response";
        }
        if (upper.contains("X")) {
            return "An HTTP " + upper + " status that the operation covers only by its {@code " + upper + "} response";
        }
        return "HTTP " + Javadocs.escape(status);
    }
}
