package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.RpcNames;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Client}: blocking, typed calls over a channel from {@code GrpcChannels}, with
 * the same builder shape as the REST clients, {@code withDeadline}/{@code withMetadata} copies for
 * per-call settings (as grpc-java's stubs have them), and {@code async()}.
 *
 * <p>Server streams come back as a {@code Stream} to close; client streams are sent from an
 * {@code Iterable}. Every failure is the service's {@code <Service>Exception} with the status and trailers.
 */
final class ClientFacadeEmitter {

    private ClientFacadeEmitter() {}

    static JavaFile emit(RpcEmitContext context) {
        RpcNames names = context.names();
        ClassName client = names.facadeClass("Client");
        ClassName async = names.facadeClass("AsyncClient");
        ClassName exception = ExceptionEmitter.exceptionClass(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(client)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addAnnotation(GrpcDocs.generated(context))
                .addJavadoc(classDoc(context, exception))
                .addField(CallSettings.defaultOptionsField(exception))
                .addField(FieldSpec.builder(GrpcTypes.MANAGED_CHANNEL, "channel", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(CallSettings.callsField())
                .addField(CallSettings.deadlineField())
                .addField(FieldSpec.builder(async, "async", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(GrpcTypes.MANAGED_CHANNEL, "channel")
                        .addParameter(GrpcTypes.CHANNEL, "calls")
                        .addParameter(GrpcTypes.DURATION.annotated(GrpcTypes.NULLABLE_ANNOTATION), "deadline")
                        .addStatement("this.channel = channel")
                        .addStatement("this.calls = calls")
                        .addStatement("this.deadline = deadline")
                        .addStatement("this.async = new $T(calls, deadline)", async)
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(client.nestedClass("Builder"))
                        .addJavadoc("A builder for a new client.\n\n@return a builder with nothing set yet\n")
                        .addStatement("return new Builder()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("async")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(async)
                        .addJavadoc("The same calls, asynchronous: futures and {@link $T} publishers; shares this"
                                + " client's channel, deadline and metadata.\n\n@return the asynchronous client\n",
                                GrpcTypes.FLOW_PUBLISHER)
                        .addStatement("return async")
                        .build())
                .addMethod(withDeadline(client))
                .addMethod(withMetadata(client));
        for (RpcMethod method : context.service().methods()) {
            type.addMethod(call(MethodShapes.of(method), names, exception));
        }
        type.addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Shuts the channel down, which every copy made with {@code with...} shares; calls"
                                + " under way may finish, new calls fail.\n")
                        .addStatement("channel.shutdown()")
                        .build())
                .addMethod(CallSettings.optionsMethod())
                .addType(ClientBuilderEmitter.builder(context, client));
        return JavaFile.builder(names.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static String classDoc(RpcEmitContext context, ClassName exception) {
        String description = context.service().description().isBlank() ? ""
                : "<p>" + Javadocs.escape(context.service().description()) + "\n\n";
        return "The client of {@code " + context.service().fullName() + "}.\n\n" + description
                + "<p>Immutable and thread-safe: build one with {@link #builder()} and share it. Calls block until"
                + " they end; {@link #async()} offers the same calls asynchronously. Failures are"
                + " {@link " + exception.simpleName() + "}s carrying the gRPC status and trailers. Close the client to shut its channel down.\n";
    }

    private static MethodSpec withDeadline(ClassName client) {
        return MethodSpec.methodBuilder("withDeadline")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(GrpcTypes.DURATION, "deadline")
                .returns(client)
                .addJavadoc("A client whose calls, streams included, each get {@code deadline} from their start (a"
                        + " publisher's start is its subscription), retries and their backoff included; it shares this"
                        + " client's channel.\n\n@param deadline how long each call may take, positive\n"
                        + "@return a client with that deadline\n")
                .addStatement("$T.requireNonNull(deadline, $S)", GrpcTypes.OBJECTS, "deadline")
                .beginControlFlow("if (deadline.isNegative() || deadline.isZero())")
                .addStatement("throw new IllegalArgumentException($S + deadline)", "deadline must be positive, was ")
                .endControlFlow()
                .addStatement("return new $T(channel, calls, deadline)", client)
                .build();
    }

    private static MethodSpec withMetadata(ClassName client) {
        return MethodSpec.methodBuilder("withMetadata")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(GrpcTypes.METADATA, "headers")
                .returns(client)
                .addJavadoc("A client that sends {@code headers} with every call, besides those set before; it shares"
                        + " this client's channel.\n\n@param headers the metadata to send\n"
                        + "@return a client that sends it\n")
                .addStatement("$T.requireNonNull(headers, $S)", GrpcTypes.OBJECTS, "headers")
                .addStatement("return new $T(channel, $T.intercept(calls, $T.newAttachHeadersInterceptor(headers)), deadline)",
                        client, GrpcTypes.CLIENT_INTERCEPTORS, GrpcTypes.METADATA_UTILS)
                .build();
    }

    private static MethodSpec call(MethodShapes shapes, RpcNames names, ClassName exception) {
        RpcMethod method = shapes.method();
        MethodSpec.Builder call = MethodSpec.methodBuilder(names.facadeMethod(method))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n\n", GrpcDocs.summary(method));
        String argument = "request";
        if (method.clientStreaming()) {
            argument = "requests";
            call.addParameter(ParameterizedTypeName.get(GrpcTypes.ITERABLE, WildcardTypeName.subtypeOf(shapes.request())),
                    "requests").addJavadoc("@param requests the messages to send, read as gRPC can send them\n");
        } else {
            call.addParameter(shapes.request(), "request").addJavadoc(GrpcDocs.requestParam());
        }
        String runtime;
        switch (method.kind()) {
            case UNARY -> runtime = "unary";
            case CLIENT_STREAMING -> runtime = "clientStreaming";
            default -> runtime = method.kind() == RpcMethod.Kind.SERVER_STREAMING ? "serverStreaming" : "bidiStreaming";
        }
        if (method.serverStreaming()) {
            call.returns(ParameterizedTypeName.get(GrpcTypes.STREAM, shapes.response()))
                    .addJavadoc("@return the answers as they arrive; close the stream to cancel the call early\n");
        } else {
            call.returns(shapes.response()).addJavadoc("@return the answer\n");
        }
        call.addJavadoc("@throws $T when the call ends with a status other than OK\n", exception);
        shapes.deprecateAfterTags(call);
        ClassName runtimeClass = method.kind() == RpcMethod.Kind.UNARY ? GrpcTypes.GRPC_CALLS : GrpcTypes.GRPC_BLOCKING_CALLS;
        return call.addStatement("return $T.$L(calls, $T.$L(), options(), $L)", runtimeClass, runtime,
                names.grpcClass(), RpcNames.descriptorGetter(method), argument).build();
    }
}
