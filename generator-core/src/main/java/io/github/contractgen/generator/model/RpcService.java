package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A gRPC service declared in a {@code .proto} file.
 *
 * <p>It stands beside the REST-shaped {@link Service} rather than inside it: a gRPC method has no
 * HTTP method, path or status codes, and its messages are protoc's classes rather than records the
 * generator writes.
 *
 * @param name the service's proto name ({@code Greeter})
 * @param fullName with the proto package ({@code helloworld.Greeter}); the gRPC service name
 * @param protoPackage the file's proto package, may be empty
 * @param javaPackage where protoc puts the file's Java classes, and where the stubs go
 * @param outerClassName the file's outer class, which holds the file descriptor
 * @param deprecated whether the service is marked deprecated
 * @param description the leading comment in the contract, trimmed; may be empty
 * @param methods in declaration order, as protoc-gen-grpc-java keeps them
 * @param location where the service is declared; its file is the contract's path
 */
public record RpcService(
        String name,
        String fullName,
        String protoPackage,
        String javaPackage,
        String outerClassName,
        boolean deprecated,
        String description,
        List<RpcMethod> methods,
        SourceLocation location) {

    public RpcService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(protoPackage, "protoPackage");
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(outerClassName, "outerClassName");
        Objects.requireNonNull(description, "description");
        methods = List.copyOf(methods);
        Objects.requireNonNull(location, "location");
    }
}
