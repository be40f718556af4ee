package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.model.Javadocs;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import io.github.contractgen.generator.naming.RpcNames;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Grpc}: the method descriptors, the service descriptor, the stub factories, and
 * (from {@link StubEmitter} and {@link ServerBaseEmitter}) the stubs and the server base.
 *
 * <p>Its public members are those protoc-gen-grpc-java writes, with the same names and wire behaviour
 * ({@code SERVICE_NAME}, {@code getXMethod()}, {@code newStub}, {@code newBlockingStub},
 * {@code newFutureStub}, {@code AsyncService}, {@code XImplBase}, {@code bindService},
 * {@code getServiceDescriptor}), so code and servers written against the official plugin's output work
 * with ours. It is leaner: descriptors are built when the class loads instead of lazily, and the
 * server binds methods by reference rather than through a switch over method ids. Unlike the official
 * plugin it marks descriptors safe or idempotent from {@code idempotency_level}, which is what lets
 * {@code GrpcRetryPolicy} retry them.
 */
final class GrpcServiceEmitter {

    private GrpcServiceEmitter() {}

    static JavaFile emit(RpcEmitContext context) {
        RpcService service = context.service();
        RpcNames names = context.names();
        TypeSpec.Builder type = TypeSpec.classBuilder(names.grpcClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GrpcDocs.generated(context))
                .addAnnotation(GrpcTypes.GRPC_GENERATED)
                .addJavadoc(classDoc(service))
                .addField(FieldSpec.builder(String.class, "SERVICE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The service's full proto name, as gRPC puts it on the wire.\n")
                        .initializer("$S", service.fullName())
                        .build());
        for (RpcMethod method : service.methods()) {
            MethodShapes shapes = MethodShapes.of(method);
            type.addField(descriptorField(shapes));
            type.addMethod(descriptorGetter(shapes));
        }
        type.addField(serviceDescriptorField(context))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("getServiceDescriptor")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(GrpcTypes.SERVICE_DESCRIPTOR)
                        .addJavadoc("The service and its methods, for a server or for reflection.\n\n@return the descriptor\n")
                        .addStatement("return serviceDescriptor")
                        .build());
        StubEmitter.addTo(type, context);
        ServerBaseEmitter.addTo(type, context);
        type.addType(descriptorSupplier(context));
        return JavaFile.builder(names.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static CodeBlock classDoc(RpcService service) {
        String summary = "The gRPC service code of {@code " + service.fullName() + "}: method descriptors, stubs and"
                + " the server base.";
        String description = service.description().isBlank() ? "" : "<p>" + Javadocs.escape(service.description()) + "\n\n";
        return CodeBlock.of("$L\n\n$L<p>Equivalent to, and interchangeable with, what protoc-gen-grpc-java writes."
                + " Most callers want the typed client facade instead.\n", summary, description);
    }

    private static String fieldName(RpcMethod method) {
        return RpcNames.stubMethod(method).replaceAll("_$", "") + "Method";
    }

    private static FieldSpec descriptorField(MethodShapes shapes) {
        RpcMethod method = shapes.method();
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.<$T, $T>newBuilder()\n", GrpcTypes.METHOD_DESCRIPTOR, shapes.request(), shapes.response())
                .indent().indent()
                .add(".setType($T.$L)\n", GrpcTypes.METHOD_TYPE, shapes.methodType())
                .add(".setFullMethodName($T.generateFullMethodName(SERVICE_NAME, $S))\n",
                        GrpcTypes.METHOD_DESCRIPTOR, method.name())
                .add(".setSampledToLocalTracing(true)\n")
                .add(".setRequestMarshaller($T.marshaller($T.getDefaultInstance()))\n",
                        GrpcTypes.PROTO_UTILS, shapes.request())
                .add(".setResponseMarshaller($T.marshaller($T.getDefaultInstance()))\n",
                        GrpcTypes.PROTO_UTILS, shapes.response());
        switch (method.idempotency()) {
            case NO_SIDE_EFFECTS -> init.add(".setSafe(true)\n.setIdempotent(true)\n");
            case IDEMPOTENT -> init.add(".setIdempotent(true)\n");
            case UNKNOWN -> { } // may have side effects: never retried after it reached the server
        }
        init.add(".build()").unindent().unindent();
        return FieldSpec.builder(shapes.descriptorType(), fieldName(method), Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(init.build()).build();
    }

    private static MethodSpec descriptorGetter(MethodShapes shapes) {
        RpcMethod method = shapes.method();
        AnnotationSpec rpcMethod = AnnotationSpec.builder(GrpcTypes.RPC_METHOD)
                .addMember("fullMethodName", "SERVICE_NAME + '/' + $S", method.name())
                .addMember("requestType", "$T.class", shapes.request())
                .addMember("responseType", "$T.class", shapes.response())
                .addMember("methodType", "$T.$L", GrpcTypes.METHOD_TYPE, shapes.methodType())
                .build();
        return MethodSpec.methodBuilder(RpcNames.descriptorGetter(method))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(rpcMethod)
                .returns(shapes.descriptorType())
                .addJavadoc("The descriptor of {@code $L}.\n\n@return the method's descriptor: its name, kind and"
                        + " marshallers\n", method.fullMethodName())
                .addStatement("return $N", fieldName(method))
                .build();
    }

    private static FieldSpec serviceDescriptorField(RpcEmitContext context) {
        CodeBlock.Builder init = CodeBlock.builder()
                .add("$T.newBuilder(SERVICE_NAME)\n", GrpcTypes.SERVICE_DESCRIPTOR)
                .indent().indent()
                .add(".setSchemaDescriptor(new DescriptorSupplier())\n");
        for (RpcMethod method : context.service().methods()) {
            init.add(".addMethod($N)\n", fieldName(method));
        }
        init.add(".build()").unindent().unindent();
        return FieldSpec.builder(GrpcTypes.SERVICE_DESCRIPTOR, "serviceDescriptor", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(init.build()).build();
    }

    /** Lets gRPC's server reflection find the proto descriptors. */
    private static TypeSpec descriptorSupplier(RpcEmitContext context) {
        ClassName outer = ClassName.get(context.file().javaPackage(), context.file().outerClassName());
        return TypeSpec.classBuilder("DescriptorSupplier")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(GrpcTypes.FILE_DESCRIPTOR_SUPPLIER)
                .addSuperinterface(GrpcTypes.SERVICE_DESCRIPTOR_SUPPLIER)
                .addMethod(MethodSpec.methodBuilder("getFileDescriptor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(GrpcTypes.FILE_DESCRIPTOR)
                        .addStatement("return $T.getDescriptor()", outer)
                        .build())
                .addMethod(MethodSpec.methodBuilder("getServiceDescriptor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(GrpcTypes.PROTO_SERVICE_DESCRIPTOR)
                        .addStatement("return getFileDescriptor().findServiceByName($S)", context.service().name())
                        .build())
                .build();
    }
}
