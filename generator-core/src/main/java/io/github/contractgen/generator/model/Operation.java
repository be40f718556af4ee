package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of a REST service.
 *
 * @param id the operationId, or one the reader derived from method and path when the contract has none
 * @param group the group the operation is generated in: its first tag, or empty for the service's
 *     default group
 * @param method the HTTP method, upper case
 * @param path the path template relative to the server URL, with {@code {name}} placeholders
 * @param summary may be empty
 * @param description may be empty
 * @param parameters path, query, header and cookie parameters, in contract order (path-level ones
 *     merged in)
 * @param requestBody the body, if the operation takes one
 * @param responses every declared response, sorted by status (ranges and {@code default} last)
 * @param security the requirements that apply (the operation's own, else the service default)
 * @param deprecated whether the contract marks the operation deprecated
 * @param location where the operation is declared
 */
public record Operation(
        String id,
        String group,
        String method,
        String path,
        String summary,
        String description,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<Response> responses,
        List<SecurityRequirement> security,
        boolean deprecated,
        SourceLocation location) {

    public Operation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(requestBody, "requestBody");
        responses = List.copyOf(responses);
        security = List.copyOf(security);
        Objects.requireNonNull(location, "location");
    }

    /** GET, HEAD, OPTIONS, PUT, DELETE and TRACE may be retried; POST and PATCH may not. */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE" -> true;
            default -> false;
        };
    }

    /** The success responses (2xx and 2XX), in status order. */
    public List<Response> successResponses() {
        return responses.stream().filter(Response::isSuccess).toList();
    }

    /**
     * The headers the success responses declare, once each (names compare in any case; the first
     * success's declaration wins), sorted by lower-case name.
     */
    public List<Response.Header> successHeaders() {
        java.util.Map<String, Response.Header> byName = new java.util.TreeMap<>();
        for (Response response : successResponses()) {
            for (Response.Header header : response.headers()) {
                byName.putIfAbsent(header.name().toLowerCase(java.util.Locale.ROOT), header);
            }
        }
        return List.copyOf(byName.values());
    }

    /** The declared error responses (everything that is not a success, {@code default} included). */
    public List<Response> errorResponses() {
        return responses.stream().filter(r -> !r.isSuccess()).toList();
    }
}
