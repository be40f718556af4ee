package io.github.contractgen.generator.model;

import java.util.Objects;

/**
 * One method of a gRPC service.
 *
 * @param name the method's proto name ({@code SayHello})
 * @param fullMethodName the name gRPC puts on the wire: {@code helloworld.Greeter/SayHello}
 * @param inputType the request message
 * @param outputType the response message
 * @param clientStreaming whether the client sends a stream
 * @param serverStreaming whether the server answers with a stream
 * @param idempotency what the contract says about side effects; it decides whether a call may be retried
 * @param deprecated whether the method or its service is marked deprecated
 * @param description the leading comment in the contract, trimmed; may be empty
 * @param location where the method is declared
 */
public record RpcMethod(
        String name,
        String fullMethodName,
        ProtoMessageType inputType,
        ProtoMessageType outputType,
        boolean clientStreaming,
        boolean serverStreaming,
        Idempotency idempotency,
        boolean deprecated,
        String description,
        SourceLocation location) {

    /** The four kinds of gRPC call, named as {@code io.grpc.MethodDescriptor.MethodType} names them. */
    public enum Kind { UNARY, CLIENT_STREAMING, SERVER_STREAMING, BIDI_STREAMING }

    /** The method option {@code idempotency_level}. */
    public enum Idempotency {
        /** Not stated: the call may have side effects and is never retried on its own. */
        UNKNOWN,
        /** {@code NO_SIDE_EFFECTS}: safe, like an HTTP GET. */
        NO_SIDE_EFFECTS,
        /** {@code IDEMPOTENT}: repeating it has the same effect as doing it once, like an HTTP PUT. */
        IDEMPOTENT
    }

    public RpcMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullMethodName, "fullMethodName");
        Objects.requireNonNull(inputType, "inputType");
        Objects.requireNonNull(outputType, "outputType");
        Objects.requireNonNull(idempotency, "idempotency");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
    }

    public Kind kind() {
        if (clientStreaming) {
            return serverStreaming ? Kind.BIDI_STREAMING : Kind.CLIENT_STREAMING;
        }
        return serverStreaming ? Kind.SERVER_STREAMING : Kind.UNARY;
    }

    /** Whether a failed attempt may be sent again: only when the contract says it is safe. */
    public boolean retryable() {
        return idempotency != Idempotency.UNKNOWN;
    }
}
