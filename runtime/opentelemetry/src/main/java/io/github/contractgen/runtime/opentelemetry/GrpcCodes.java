package io.github.contractgen.runtime.opentelemetry;

/** gRPC's status codes by value, so that this module needs no gRPC dependency for {@code error.type}. */
final class GrpcCodes {

    private static final String[] NAMES = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
        "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
        "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"};

    private GrpcCodes() {}

    static String name(int code) {
        return code >= 0 && code < NAMES.length ? NAMES[code] : "UNKNOWN";
    }
}
