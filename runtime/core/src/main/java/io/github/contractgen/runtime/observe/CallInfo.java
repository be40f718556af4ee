package io.github.contractgen.runtime.observe;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a call when it starts. Carries no secrets: the target is a template
 * ({@code /pets/{petId}}), never a URL with parameter values, query or credentials, and the server is
 * a host name and port only, never user information.
 *
 * @param service the service's name as the contract gives it: the client's service id for REST and events
 *     ({@code petstore}), the full proto service name for gRPC ({@code routeguide.v1.RouteGuide}), which is
 *     what OpenTelemetry's {@code rpc.service} asks for and what identifies a gRPC service on the wire;
 *     metrics tags and span attributes take it as it is
 * @param operation the operation id (REST), the full method name (gRPC) or the channel operation (events)
 * @param kind the kind of call
 * @param method the HTTP method, {@code UNARY}/{@code SERVER_STREAMING}/... for gRPC, {@code SEND}/{@code RECEIVE} for events
 * @param target the URL template, gRPC method path or channel address template
 * @param serverAddress the host the call goes to (tracing's {@code server.address}), or null when not known
 * @param serverPort the port the call goes to, or -1 when not known
 * @since 0.1.0
 */
public record CallInfo(String service, String operation, CallKind kind, String method, String target,
        @Nullable String serverAddress, int serverPort) {

    public CallInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
    }

    /** A call whose server is not known (messages: the broker is the transport's business). */
    public CallInfo(String service, String operation, CallKind kind, String method, String target) {
        this(service, operation, kind, method, target, null, -1);
    }
}
