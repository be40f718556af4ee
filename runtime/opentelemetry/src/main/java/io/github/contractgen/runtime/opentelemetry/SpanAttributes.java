package io.github.contractgen.runtime.opentelemetry;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;

/**
 * The semantic-convention names and values of a call's span. The keys are written out here rather than
 * taken from the semconv artifact, whose RPC and messaging keys are still in its unstable
 * "incubating" part and change names between releases.
 */
final class SpanAttributes {

    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<Long> RPC_GRPC_STATUS_CODE = AttributeKey.longKey("rpc.grpc.status_code");
    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> MESSAGING_DESTINATION_NAME = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> MESSAGING_DESTINATION_TEMPLATE =
            AttributeKey.stringKey("messaging.destination.template");
    static final AttributeKey<String> MESSAGING_OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGING_OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<Long> MESSAGING_BODY_SIZE = AttributeKey.longKey("messaging.message.body.size");
    static final AttributeKey<String> CONTRACTGEN_SERVICE = AttributeKey.stringKey("contractgen.service");
    static final AttributeKey<String> CONTRACTGEN_OPERATION = AttributeKey.stringKey("contractgen.operation");
    static final AttributeKey<Long> CONTRACTGEN_ATTEMPT = AttributeKey.longKey("contractgen.attempt");
    static final AttributeKey<Long> CONTRACTGEN_STATUS = AttributeKey.longKey("contractgen.status");

    private SpanAttributes() {}

    /** {@code GET /pets/{petId}}, {@code pkg.Service/Method}, {@code send orders/{id}}, {@code process orders/{id}}. */
    static String spanName(CallInfo call) {
        return switch (call.kind()) {
            case HTTP -> call.method() + " " + call.target();
            case GRPC -> call.target();
            case MESSAGE_SEND -> "send " + call.target();
            case MESSAGE_RECEIVE -> "process " + call.target();
        };
    }

    static void atStart(SpanBuilder span, CallInfo call, String messagingSystem) {
        span.setAttribute(CONTRACTGEN_SERVICE, call.service());
        span.setAttribute(CONTRACTGEN_OPERATION, call.operation());
        if (call.serverAddress() != null) {
            span.setAttribute(SERVER_ADDRESS, call.serverAddress());
            if (call.serverPort() > 0) {
                span.setAttribute(SERVER_PORT, (long) call.serverPort());
            }
        }
        switch (call.kind()) {
            case HTTP -> {
                span.setAttribute(HTTP_REQUEST_METHOD, call.method());
                span.setAttribute(URL_TEMPLATE, call.target());
            }
            case GRPC -> {
                span.setAttribute(RPC_SYSTEM, "grpc");
                span.setAttribute(RPC_SERVICE, call.service());
                span.setAttribute(RPC_METHOD, methodName(call.target()));
            }
            case MESSAGE_SEND, MESSAGE_RECEIVE -> {
                String operation = call.kind() == CallKind.MESSAGE_SEND ? "send" : "process";
                span.setAttribute(MESSAGING_SYSTEM, messagingSystem);
                // Observers see the channel's address template, never the concrete address: it may hold ids.
                span.setAttribute(MESSAGING_DESTINATION_NAME, call.target());
                if (call.target().contains("{")) {
                    span.setAttribute(MESSAGING_DESTINATION_TEMPLATE, call.target());
                }
                span.setAttribute(MESSAGING_OPERATION_TYPE, operation);
                span.setAttribute(MESSAGING_OPERATION_NAME, operation);
            }
        }
    }

    static Attributes ofAttempt(CallInfo call, AttemptInfo attempt) {
        AttributesBuilder attributes = Attributes.builder().put(CONTRACTGEN_ATTEMPT, (long) attempt.attempt());
        if (attempt.status() >= 0) {
            attributes.put(CONTRACTGEN_STATUS, (long) attempt.status());
        }
        String errorType = errorType(call.kind(), attempt.status(), attempt.error());
        if (errorType != null) {
            attributes.put(ERROR_TYPE, errorType);
        }
        return attributes.build();
    }

    static void atEnd(Span span, CallInfo call, CallResult result) {
        switch (call.kind()) {
            case HTTP -> {
                if (result.status() > 0) {
                    span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) result.status());
                }
                if (result.attempts() > 1) {
                    span.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) result.attempts() - 1);
                }
            }
            case GRPC -> {
                if (result.status() >= 0) {
                    span.setAttribute(RPC_GRPC_STATUS_CODE, (long) result.status());
                }
            }
            case MESSAGE_SEND -> setSize(span, result.requestBytes());
            case MESSAGE_RECEIVE -> setSize(span, result.responseBytes());
        }
        String errorType = errorType(call.kind(), result.status(), result.error());
        if (errorType != null) {
            span.setAttribute(ERROR_TYPE, errorType);
            // No description: an exception's message is for the caller, not for an exporter.
            span.setStatus(StatusCode.ERROR);
        }
    }

    /**
     * The error's type per the conventions: the HTTP status for 4xx/5xx, the gRPC code's name for a
     * status other than OK, the exception's class otherwise; null when the call succeeded.
     */
    static String errorType(CallKind kind, int status, Throwable error) {
        if (kind == CallKind.HTTP && status >= 400) {
            return Integer.toString(status);
        }
        if (kind == CallKind.GRPC && status > 0) {
            return GrpcCodes.name(status);
        }
        return error == null ? null : error.getClass().getName();
    }

    private static void setSize(Span span, long bytes) {
        if (bytes >= 0) {
            span.setAttribute(MESSAGING_BODY_SIZE, bytes);
        }
    }

    private static String methodName(String fullMethodName) {
        int slash = fullMethodName.lastIndexOf('/');
        return slash < 0 ? fullMethodName : fullMethodName.substring(slash + 1);
    }
}
