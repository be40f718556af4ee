package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.RpcNames;
import javax.lang.model.element.Modifier;

/**
 * The client stubs of {@code <Service>Grpc}, as protoc-gen-grpc-java shapes them: the async stub has
 * every method, the blocking stub the unary and server-streaming ones, the future stub the unary ones.
 */
final class StubEmitter {

    private enum Flavour {
        ASYNC("Stub", GrpcTypes.ABSTRACT_ASYNC_STUB, "newStub", "calls with {@code StreamObserver} callbacks"),
        BLOCKING("BlockingStub", GrpcTypes.ABSTRACT_BLOCKING_STUB, "newBlockingStub",
                "blocking unary and server-streaming calls"),
        FUTURE("FutureStub", GrpcTypes.ABSTRACT_FUTURE_STUB, "newFutureStub", "unary calls returning a {@code ListenableFuture}");

        final String suffix;
        final ClassName base;
        final String factory;
        final String what;

        Flavour(String suffix, ClassName base, String factory, String what) {
            this.suffix = suffix;
            this.base = base;
            this.factory = factory;
            this.what = what;
        }

        boolean offers(RpcMethod method) {
            return switch (this) {
                case ASYNC -> true;
                case BLOCKING -> !method.clientStreaming();
                case FUTURE -> method.kind() == RpcMethod.Kind.UNARY;
            };
        }
    }

    private StubEmitter() {}

    static void addTo(TypeSpec.Builder grpcClass, RpcEmitContext context) {
        for (Flavour flavour : Flavour.values()) {
            ClassName stub = context.names().grpcNested(flavour.suffix);
            grpcClass.addMethod(MethodSpec.methodBuilder(flavour.factory)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(GrpcTypes.CHANNEL, "channel")
                    .returns(stub)
                    .addJavadoc("A stub for $L over {@code channel}.\n\n@param channel the channel the calls go over; the"
                            + " stub does not close it\n@return the stub, with default call options\n", flavour.what)
                    .addStatement("return $T.newStub($T::new, channel)", flavour.base, stub)
                    .build());
            grpcClass.addType(stub(flavour, stub, context));
        }
    }

    private static TypeSpec stub(Flavour flavour, ClassName stub, RpcEmitContext context) {
        TypeSpec.Builder type = TypeSpec.classBuilder(stub)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(flavour.base, stub))
                .addJavadoc("A stub for $L of {@code $L}; immutable and thread-safe.\n", flavour.what,
                        context.service().fullName())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(GrpcTypes.CHANNEL, "channel")
                        .addParameter(GrpcTypes.CALL_OPTIONS, "callOptions")
                        .addStatement("super(channel, callOptions)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(GrpcTypes.CHANNEL, "channel")
                        .addParameter(GrpcTypes.CALL_OPTIONS, "callOptions")
                        .returns(stub)
                        .addStatement("return new $T(channel, callOptions)", stub)
                        .build());
        ClassName grpc = context.names().grpcClass();
        for (RpcMethod method : context.service().methods()) {
            if (flavour.offers(method)) {
                type.addMethod(call(flavour, MethodShapes.of(method), grpc));
            }
        }
        return type.build();
    }

    private static MethodSpec call(Flavour flavour, MethodShapes shapes, ClassName grpc) {
        RpcMethod method = shapes.method();
        String getter = RpcNames.descriptorGetter(method);
        MethodSpec.Builder call = MethodSpec.methodBuilder(RpcNames.stubMethod(method))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n\n$L", GrpcDocs.summary(method), stubTags(flavour, shapes));
        shapes.deprecateAfterTags(call);
        switch (flavour) {
            case ASYNC -> {
                if (shapes.clientStreams()) {
                    call.addParameter(shapes.responseObserver(), "responseObserver").returns(shapes.requestObserver())
                            .addStatement("return $T.$L(getChannel().newCall($T.$L(), getCallOptions()), responseObserver)",
                                    GrpcTypes.CLIENT_CALLS, asyncCall(method), grpc, getter);
                } else {
                    call.addParameter(shapes.request(), "request").addParameter(shapes.responseObserver(), "responseObserver")
                            .addStatement("$T.$L(getChannel().newCall($T.$L(), getCallOptions()), request, responseObserver)",
                                    GrpcTypes.CLIENT_CALLS, asyncCall(method), grpc, getter);
                }
            }
            case BLOCKING -> {
                boolean streams = method.serverStreaming();
                TypeName result = streams ? ParameterizedTypeName.get(GrpcTypes.ITERATOR, shapes.response()) : shapes.response();
                call.addParameter(shapes.request(), "request").returns(result)
                        .addStatement("return $T.$L(getChannel(), $T.$L(), getCallOptions(), request)", GrpcTypes.CLIENT_CALLS,
                                streams ? "blockingServerStreamingCall" : "blockingUnaryCall", grpc, getter);
            }
            case FUTURE -> call.addParameter(shapes.request(), "request")
                    .returns(ParameterizedTypeName.get(GrpcTypes.LISTENABLE_FUTURE, shapes.response()))
                    .addStatement("return $T.futureUnaryCall(getChannel().newCall($T.$L(), getCallOptions()), request)",
                            GrpcTypes.CLIENT_CALLS, grpc, getter);
        }
        return call.build();
    }

    /** The tags of a stub method: what each parameter is for and what comes back. */
    private static String stubTags(Flavour flavour, MethodShapes shapes) {
        return switch (flavour) {
            case ASYNC -> shapes.clientStreams()
                    ? "@param responseObserver receives the answers, then the end of the call\n@return the observer to"
                            + " send the messages on; call {@code onCompleted()} after the last\n"
                    : GrpcDocs.requestParam() + "@param responseObserver receives the answers, then the end of the call\n";
            case BLOCKING -> GrpcDocs.requestParam() + (shapes.method().serverStreaming()
                    ? "@return the answers as they arrive\n" : "@return the answer\n");
            case FUTURE -> GrpcDocs.requestParam() + "@return the answer, once it arrives\n";
        };
    }

    private static String asyncCall(RpcMethod method) {
        return switch (method.kind()) {
            case UNARY -> "asyncUnaryCall";
            case SERVER_STREAMING -> "asyncServerStreamingCall";
            case CLIENT_STREAMING -> "asyncClientStreamingCall";
            case BIDI_STREAMING -> "asyncBidiStreamingCall";
        };
    }
}
