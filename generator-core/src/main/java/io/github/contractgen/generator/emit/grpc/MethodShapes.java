package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.naming.RpcNames;

/** The Java types of one RPC as the emitters use them. */
record MethodShapes(RpcMethod method, ClassName request, ClassName response) {

    static MethodShapes of(RpcMethod method) {
        return new MethodShapes(method, RpcNames.messageClass(method.inputType()),
                RpcNames.messageClass(method.outputType()));
    }

    /** {@code MethodDescriptor<Request, Response>}. */
    TypeName descriptorType() {
        return ParameterizedTypeName.get(GrpcTypes.METHOD_DESCRIPTOR, request, response);
    }

    TypeName requestObserver() {
        return ParameterizedTypeName.get(GrpcTypes.STREAM_OBSERVER, request);
    }

    TypeName responseObserver() {
        return ParameterizedTypeName.get(GrpcTypes.STREAM_OBSERVER, response);
    }

    /** Whether the client sends a stream: the Java method takes an observer or publisher, not a message. */
    boolean clientStreams() {
        return method.clientStreaming();
    }

    /** {@code MethodDescriptor.MethodType.UNARY} and so on: the enum constant's name. */
    String methodType() {
        return method.kind().name();
    }

    /**
     * {@code @Deprecated} and its Javadoc tag when the contract deprecates the method or its service;
     * call it right after the summary line, before any other tag.
     */
    void deprecate(com.palantir.javapoet.MethodSpec.Builder builder) {
        if (method.deprecated()) {
            builder.addAnnotation(AnnotationSpec.builder(Deprecated.class).build())
                    .addJavadoc("\n$L", GrpcDocs.deprecatedTag(method));
        }
    }

    /** As {@link #deprecate}, for a method whose Javadoc already ends in tags. */
    void deprecateAfterTags(com.palantir.javapoet.MethodSpec.Builder builder) {
        if (method.deprecated()) {
            builder.addAnnotation(AnnotationSpec.builder(Deprecated.class).build())
                    .addJavadoc("$L", GrpcDocs.deprecatedTag(method));
        }
    }
}
