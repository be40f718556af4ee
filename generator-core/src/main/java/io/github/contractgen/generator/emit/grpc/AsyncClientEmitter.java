package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.RpcNames;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>AsyncClient}: unary calls return a {@code CompletableFuture}, streams are
 * {@code java.util.concurrent.Flow} publishers in both directions, with back pressure, through
 * {@code GrpcCalls}. Cancelling a future or a subscription cancels the call.
 */
final class AsyncClientEmitter {

    private AsyncClientEmitter() {}

    static JavaFile emit(RpcEmitContext context) {
        RpcNames names = context.names();
        ClassName client = names.facadeClass("Client");
        ClassName exception = ExceptionEmitter.exceptionClass(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(names.facadeClass("AsyncClient"))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GrpcDocs.generated(context))
                .addJavadoc("The asynchronous client of {@code $L}: futures for single answers, {@link $T} publishers"
                        + " for streams.\n\n<p>Immutable and thread-safe; get it from {@link $T#async()}, whose channel,"
                        + " deadline and metadata it shares. Cancelling a future or a subscription cancels the call."
                        + " Failures are {@link $T}s.\n", context.service().fullName(), GrpcTypes.FLOW_PUBLISHER,
                        client, exception)
                .addField(CallSettings.defaultOptionsField(exception))
                .addField(CallSettings.callsField())
                .addField(CallSettings.deadlineField())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(GrpcTypes.CHANNEL, "calls")
                        .addParameter(GrpcTypes.DURATION.annotated(GrpcTypes.NULLABLE_ANNOTATION), "deadline")
                        .addStatement("this.calls = calls")
                        .addStatement("this.deadline = deadline")
                        .build());
        for (RpcMethod method : context.service().methods()) {
            type.addMethod(call(MethodShapes.of(method), names, exception));
        }
        type.addMethod(CallSettings.optionsMethod());
        return JavaFile.builder(names.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static MethodSpec call(MethodShapes shapes, RpcNames names, ClassName exception) {
        RpcMethod method = shapes.method();
        boolean futureResult = !method.serverStreaming();
        TypeName result = ParameterizedTypeName.get(futureResult ? GrpcTypes.COMPLETABLE_FUTURE : GrpcTypes.FLOW_PUBLISHER,
                shapes.response());
        MethodSpec.Builder call = MethodSpec.methodBuilder(names.facadeMethod(method))
                .addModifiers(Modifier.PUBLIC)
                .returns(result)
                .addJavadoc("$L\n\n", GrpcDocs.summary(method));
        if (method.clientStreaming()) {
            call.addParameter(ParameterizedTypeName.get(GrpcTypes.FLOW_PUBLISHER, shapes.request()), "requests")
                    .addJavadoc("@param requests the messages to send, subscribed to once the call has started; one is"
                            + " asked for whenever gRPC can send it\n");
        } else {
            call.addParameter(shapes.request(), "request").addJavadoc(GrpcDocs.requestParam());
        }
        call.addJavadoc(futureResult
                ? "@return the answer; the future fails with {@link $T}\n"
                : "@return the answers; the call starts when it is subscribed to, and fails with {@link $T}\n",
                exception);
        shapes.deprecateAfterTags(call);
        String runtime = switch (method.kind()) {
            case UNARY -> "unaryAsync";
            case SERVER_STREAMING -> "serverStreaming";
            case CLIENT_STREAMING -> "clientStreaming";
            case BIDI_STREAMING -> "bidiStreaming";
        };
        return call.addStatement("return $T.$L(calls, $T.$L(), options(), $L)", GrpcTypes.GRPC_CALLS, runtime,
                names.grpcClass(), RpcNames.descriptorGetter(method), method.clientStreaming() ? "requests" : "request")
                .build();
    }
}
