package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The grpc-java and runtime classes that generated gRPC code names. */
final class GrpcTypes {

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName GRPC_GENERATED = ClassName.get("io.grpc.stub.annotations", "GrpcGenerated");
    static final ClassName RPC_METHOD = ClassName.get("io.grpc.stub.annotations", "RpcMethod");

    static final ClassName CHANNEL = ClassName.get("io.grpc", "Channel");
    static final ClassName MANAGED_CHANNEL = ClassName.get("io.grpc", "ManagedChannel");
    static final ClassName CALL_OPTIONS = ClassName.get("io.grpc", "CallOptions");
    static final ClassName CLIENT_INTERCEPTORS = ClassName.get("io.grpc", "ClientInterceptors");
    static final ClassName METADATA = ClassName.get("io.grpc", "Metadata");
    static final ClassName GRPC_STATUS = ClassName.get("io.grpc", "Status");
    static final ClassName METHOD_DESCRIPTOR = ClassName.get("io.grpc", "MethodDescriptor");
    static final ClassName METHOD_TYPE = METHOD_DESCRIPTOR.nestedClass("MethodType");
    static final ClassName SERVICE_DESCRIPTOR = ClassName.get("io.grpc", "ServiceDescriptor");
    static final ClassName SERVER_SERVICE_DEFINITION = ClassName.get("io.grpc", "ServerServiceDefinition");
    static final ClassName BINDABLE_SERVICE = ClassName.get("io.grpc", "BindableService");

    static final ClassName PROTO_UTILS = ClassName.get("io.grpc.protobuf", "ProtoUtils");
    static final ClassName FILE_DESCRIPTOR_SUPPLIER = ClassName.get("io.grpc.protobuf", "ProtoFileDescriptorSupplier");
    static final ClassName SERVICE_DESCRIPTOR_SUPPLIER =
            ClassName.get("io.grpc.protobuf", "ProtoServiceDescriptorSupplier");
    static final ClassName FILE_DESCRIPTOR = ClassName.get("com.google.protobuf", "Descriptors", "FileDescriptor");
    static final ClassName PROTO_SERVICE_DESCRIPTOR =
            ClassName.get("com.google.protobuf", "Descriptors", "ServiceDescriptor");

    static final ClassName STREAM_OBSERVER = ClassName.get("io.grpc.stub", "StreamObserver");
    static final ClassName CLIENT_CALLS = ClassName.get("io.grpc.stub", "ClientCalls");
    static final ClassName SERVER_CALLS = ClassName.get("io.grpc.stub", "ServerCalls");
    static final ClassName METADATA_UTILS = ClassName.get("io.grpc.stub", "MetadataUtils");
    static final ClassName ABSTRACT_ASYNC_STUB = ClassName.get("io.grpc.stub", "AbstractAsyncStub");
    static final ClassName ABSTRACT_BLOCKING_STUB = ClassName.get("io.grpc.stub", "AbstractBlockingStub");
    static final ClassName ABSTRACT_FUTURE_STUB = ClassName.get("io.grpc.stub", "AbstractFutureStub");
    static final ClassName LISTENABLE_FUTURE = ClassName.get("com.google.common.util.concurrent", "ListenableFuture");

    static final ClassName TLS_CONFIG = ClassName.get("io.github.contractgen.runtime", "TlsConfig");
    static final ClassName OBSERVER = ClassName.get("io.github.contractgen.runtime.observe", "Observer");
    static final ClassName GRPC_CHANNELS = ClassName.get("io.github.contractgen.runtime.grpc", "GrpcChannels");
    static final ClassName GRPC_CALLS = ClassName.get("io.github.contractgen.runtime.grpc", "GrpcCalls");
    static final ClassName GRPC_BLOCKING_CALLS = ClassName.get("io.github.contractgen.runtime.grpc", "GrpcBlockingCalls");
    static final ClassName GRPC_RETRY_POLICY = ClassName.get("io.github.contractgen.runtime.grpc", "GrpcRetryPolicy");
    static final ClassName GRPC_STATUS_EXCEPTION =
            ClassName.get("io.github.contractgen.runtime.grpc", "GrpcStatusException");

    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();

    static final ClassName DURATION = ClassName.get("java.time", "Duration");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName FLOW_PUBLISHER = ClassName.get("java.util.concurrent", "Flow", "Publisher");
    static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    static final ClassName ITERATOR = ClassName.get("java.util", "Iterator");
    static final ClassName ITERABLE = ClassName.get("java.lang", "Iterable");

    private GrpcTypes() {}
}
