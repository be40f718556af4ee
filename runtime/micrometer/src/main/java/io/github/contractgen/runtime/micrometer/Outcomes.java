package io.github.contractgen.runtime.micrometer;

import io.github.contractgen.runtime.observe.CallKind;
import io.micrometer.core.instrument.Tags;
import java.util.Set;

/**
 * The {@code outcome} and {@code status} tags of a call or attempt: a small fixed set of values, so
 * that a registry's series stay bounded whatever the server answers.
 */
final class Outcomes {

    /** gRPC's codes by value, so that this module needs no gRPC dependency. */
    private static final String[] GRPC_CODES = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE",
        "DATA_LOSS", "UNAUTHENTICATED"};

    /** Codes that say the request was wrong, as a 4xx does; the others (but OK, CANCELLED) are the server's. */
    private static final Set<String> GRPC_CLIENT_ERRORS = Set.of("INVALID_ARGUMENT", "NOT_FOUND", "ALREADY_EXISTS",
            "PERMISSION_DENIED", "FAILED_PRECONDITION", "OUT_OF_RANGE", "UNAUTHENTICATED", "ABORTED");

    private Outcomes() {}

    static Tags tags(CallKind kind, int status, Throwable error) {
        String statusTag = status(kind, status);
        return Tags.of("outcome", outcome(kind, statusTag, status, error), "status", statusTag);
    }

    private static String status(CallKind kind, int status) {
        if (status < 0) {
            return "NONE";
        }
        if (kind == CallKind.GRPC) {
            return status < GRPC_CODES.length ? GRPC_CODES[status] : "UNKNOWN";
        }
        // An HTTP status outside 100..599 is a broken server; one tag value for all of them.
        return status >= 100 && status <= 599 ? Integer.toString(status) : "INVALID";
    }

    private static String outcome(CallKind kind, String statusTag, int status, Throwable error) {
        if (kind == CallKind.GRPC && status >= 0) {
            if ("OK".equals(statusTag)) {
                return error == null ? "SUCCESS" : "ERROR";
            }
            if (GRPC_CLIENT_ERRORS.contains(statusTag)) {
                return "CLIENT_ERROR";
            }
            return "CANCELLED".equals(statusTag) ? "ERROR" : "SERVER_ERROR";
        }
        if (status >= 400 && status <= 499) {
            return "CLIENT_ERROR";
        }
        if (status >= 500 && status <= 599) {
            return "SERVER_ERROR";
        }
        // A 2xx that did not decode, no response at all, or a handler that threw: the caller's error.
        return error == null ? "SUCCESS" : "ERROR";
    }
}
