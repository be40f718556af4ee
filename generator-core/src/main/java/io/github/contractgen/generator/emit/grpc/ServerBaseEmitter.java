package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.RpcNames;
import javax.lang.model.element.Modifier;

/**
 * The server side of {@code <Service>Grpc}: the {@code AsyncService} interface whose default methods
 * answer {@code UNIMPLEMENTED}, the {@code <Service>ImplBase} class to extend, and {@code bindService}.
 */
final class ServerBaseEmitter {

    private ServerBaseEmitter() {}

    static void addTo(TypeSpec.Builder grpcClass, RpcEmitContext context) {
        ClassName asyncService = context.names().asyncService();
        TypeSpec.Builder service = TypeSpec.interfaceBuilder(asyncService)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The server side of {@code $L}: override the methods the server implements; the others"
                        + " answer {@code UNIMPLEMENTED}.\n", context.service().fullName());
        CodeBlock.Builder bindings = CodeBlock.builder()
                .add("return $T.builder(getServiceDescriptor())\n", GrpcTypes.SERVER_SERVICE_DEFINITION)
                .indent().indent();
        for (RpcMethod method : context.service().methods()) {
            service.addMethod(serverMethod(MethodShapes.of(method)));
            bindings.add(".addMethod($L(), $T.$L(service::$L))\n", RpcNames.descriptorGetter(method),
                    GrpcTypes.SERVER_CALLS, serverCall(method), RpcNames.stubMethod(method));
        }
        bindings.add(".build();\n").unindent().unindent();
        grpcClass.addType(service.build());
        grpcClass.addMethod(MethodSpec.methodBuilder("bindService")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(asyncService, "service")
                .returns(GrpcTypes.SERVER_SERVICE_DEFINITION)
                .addJavadoc("The definition a server adds to serve {@code service}.\n\n@param service the implementation"
                        + " to serve\n@return the definition, to add to a server\n")
                .addCode(bindings.build())
                .build());
        grpcClass.addType(implBase(context, asyncService));
    }

    private static MethodSpec serverMethod(MethodShapes shapes) {
        RpcMethod method = shapes.method();
        MethodSpec.Builder server = MethodSpec.methodBuilder(RpcNames.stubMethod(method))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc("$L\n\n$L", GrpcDocs.summary(method), shapes.clientStreams()
                        ? "@param responseObserver sends the answers, then the end of the call\n@return the observer that"
                                + " receives the client's messages\n"
                        : "@param request the message the client sent\n@param responseObserver sends the answers, then"
                                + " the end of the call\n");
        shapes.deprecateAfterTags(server);
        if (shapes.clientStreams()) {
            return server.addParameter(shapes.responseObserver(), "responseObserver")
                    .returns(shapes.requestObserver())
                    .addStatement("return $T.asyncUnimplementedStreamingCall($L(), responseObserver)",
                            GrpcTypes.SERVER_CALLS, RpcNames.descriptorGetter(method))
                    .build();
        }
        return server.addParameter(shapes.request(), "request")
                .addParameter(shapes.responseObserver(), "responseObserver")
                .addStatement("$T.asyncUnimplementedUnaryCall($L(), responseObserver)",
                        GrpcTypes.SERVER_CALLS, RpcNames.descriptorGetter(method))
                .build();
    }

    private static TypeSpec implBase(RpcEmitContext context, ClassName asyncService) {
        return TypeSpec.classBuilder(context.names().grpcNested("ImplBase"))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addSuperinterface(GrpcTypes.BINDABLE_SERVICE)
                .addSuperinterface(asyncService)
                .addJavadoc("The base class of a server for {@code $L}: extend it and add an instance to the server.\n",
                        context.service().fullName())
                .addMethod(MethodSpec.methodBuilder("bindService")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .returns(GrpcTypes.SERVER_SERVICE_DEFINITION)
                        .addStatement("return $T.bindService(this)", context.names().grpcClass())
                        .build())
                .build();
    }

    private static String serverCall(RpcMethod method) {
        return switch (method.kind()) {
            case UNARY -> "asyncUnaryCall";
            case SERVER_STREAMING -> "asyncServerStreamingCall";
            case CLIENT_STREAMING -> "asyncClientStreamingCall";
            case BIDI_STREAMING -> "asyncBidiStreamingCall";
        };
    }
}
