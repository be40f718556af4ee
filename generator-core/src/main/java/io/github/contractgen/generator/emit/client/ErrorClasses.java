package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nested exception classes of a service's exception: one per error status that any operation
 * declares, named for the status ({@code NotFound}, {@code ClientError}, {@code Status418}).
 */
record ErrorClasses(Map<String, ErrorClass> byStatus) {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(422, "UnprocessableEntity"), Map.entry(429, "TooManyRequests"),
            Map.entry(500, "InternalServerError"), Map.entry(502, "BadGateway"),
            Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"));

    /**
     * One nested exception class.
     *
     * @param status the status as the contract writes it ({@code 404}, {@code 4XX}, {@code default})
     * @param name the nested class
     * @param bodyType the type of {@code body()} when every operation declares the same one, else
     *     {@code null} (the body is then an {@code Object})
     */
    record ErrorClass(String status, ClassName name, TypeName bodyType) {

        boolean typed() {
            return bodyType != null;
        }
    }

    ErrorClasses {
        byStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
    }

    static ErrorClasses of(Service service, ClassName exception, ResponseCodes responses) {
        Map<String, Set<TypeName>> bodies = new java.util.TreeMap<>(Comparator.comparing(ErrorClasses::sortKey));
        for (Operation operation : service.operations()) {
            for (Response response : operation.errorResponses()) {
                Set<TypeName> types = bodies.computeIfAbsent(response.status(), status -> new LinkedHashSet<>());
                TypeName type = responses.bodyType(response);
                if (!type.equals(ResponseCodes.VOID)) {
                    types.add(type);
                }
            }
        }
        Map<String, ErrorClass> byStatus = new LinkedHashMap<>();
        bodies.forEach((status, types) -> byStatus.put(status, new ErrorClass(status,
                exception.nestedClass(name(status)), types.size() == 1 ? types.iterator().next() : null)));
        return new ErrorClasses(byStatus);
    }

    /** Exact codes first, then ranges, then {@code default}, so the classes read in a natural order. */
    private static String sortKey(String status) {
        String upper = status.toUpperCase(Locale.ROOT);
        if (upper.equals("DEFAULT")) {
            return "9" + upper;
        }
        return (upper.contains("X") ? "1" : "0") + upper;
    }

    static String name(String status) {
        String upper = status.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "DEFAULT" -> "UnexpectedStatus";
            case "4XX" -> "ClientError";
            case "5XX" -> "ServerError";
            default -> upper.chars().allMatch(Character::isDigit)
                    ? NAMES.getOrDefault(Integer.parseInt(upper), "Status" + upper)
                    : "Status" + upper.charAt(0) + "xx";
        };
    }

    ErrorClass of(String status) {
        return byStatus.get(status);
    }

    List<ErrorClass> all() {
        return new ArrayList<>(byStatus.values());
    }
}
