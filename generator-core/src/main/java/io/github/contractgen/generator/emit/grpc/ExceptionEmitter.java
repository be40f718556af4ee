package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Exception}: what every call of the service's client facades fails with, as
 * {@code PetstoreException} is what a REST client throws.
 *
 * <p>It adds nothing to {@code GrpcStatusException} but its name: the status and trailers are all a gRPC
 * failure carries, and the runtime's base type keeps {@code catch (ContractgenException e)} working for
 * every contract kind. The name lets a caller that uses several services tell their failures apart.
 */
final class ExceptionEmitter {

    private ExceptionEmitter() {}

    static JavaFile emit(RpcEmitContext context) {
        ClassName exception = exceptionClass(context);
        TypeSpec type = TypeSpec.classBuilder(exception)
                .addModifiers(Modifier.PUBLIC)
                .superclass(GrpcTypes.GRPC_STATUS_EXCEPTION)
                .addAnnotation(GrpcDocs.generated(context))
                .addJavadoc("A call to {@code $L} that ended with a status other than OK.\n\n<p>Every call of {@link $T}"
                        + " and {@link $T} fails with it: {@link #status()} says why ({@code DEADLINE_EXCEEDED} for a"
                        + " deadline that passed, {@code CANCELLED} for a call the caller cancelled or that code around it"
                        + " broke, such as a response that cannot be parsed: then {@link #getCause()} is what it threw),"
                        + " {@link #trailers()}"
                        + " holds the error details the server sent. Being a {@code GrpcStatusException}, it is a"
                        + " {@code ContractgenException} too, the one type that catches the failures of every contractgen"
                        + " client.\n", context.service().fullName(), context.names().facadeClass("Client"),
                        context.names().facadeClass("AsyncClient"))
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(GrpcTypes.GRPC_STATUS, "status")
                        .addParameter(GrpcTypes.METADATA.annotated(GrpcTypes.NULLABLE_ANNOTATION), "trailers")
                        .addJavadoc("An exception for a call that ended with {@code status} and {@code trailers}.\n\n"
                                + "@param status the status the call ended with; never OK\n"
                                + "@param trailers the trailers the server sent, or {@code null} for none\n")
                        .addStatement("super(status, trailers)")
                        .build())
                .build();
        return JavaFile.builder(context.names().packageName(), type).skipJavaLangImports(true).build();
    }

    /** {@code <Service>Exception}. */
    static ClassName exceptionClass(RpcEmitContext context) {
        return context.names().facadeClass("Exception");
    }
}
