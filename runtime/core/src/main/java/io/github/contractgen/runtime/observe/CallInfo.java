package io.github.contractgen.runtime.observe;

import java.util.Objects;

/**
 * What is known of a call when it starts. Carries no secrets: the target is a template
 * ({@code /pets/{petId}}), never a URL with parameter values, query or credentials.
 *
 * @param service the service's name as the contract gives it
 * @param operation the operation id (REST), the full method name (gRPC) or the channel operation (events)
 * @param kind the kind of call
 * @param method the HTTP method, {@code UNARY}/{@code SERVER_STREAMING}/... for gRPC, {@code SEND}/{@code RECEIVE} for events
 * @param target the URL template, gRPC method path or channel address template
 * @since 0.1.0
 */
public record CallInfo(String service, String operation, CallKind kind, String method, String target) {
    public CallInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
    }
}
