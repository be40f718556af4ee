package io.github.contractgen.generator.emit.client;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.TypeRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Java types of response bodies and the runtime expressions that decode them
 * ({@code ResponseBody.json(JsonType.listOf(JsonType.of(Pet.class)))}).
 */
final class ResponseCodes {

    static final TypeName VOID = TypeName.VOID.box();
    static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);
    static final TypeName STRING = ClassName.get(String.class);

    private final TypeMapper types;

    ResponseCodes(TypeMapper types) {
        this.types = types;
    }

    /** The boxed type a call of {@code operation} yields: the lowest success body, {@code Void} when none. */
    TypeName returnType(Operation operation) {
        List<Response> successes = operation.successResponses();
        return successes.isEmpty() ? VOID : bodyType(successes.get(0));
    }

    /** The boxed Java type of a response's body; {@code Void} when it has none. */
    TypeName bodyType(Response response) {
        return switch (response.kind()) {
            case EMPTY -> VOID;
            case TEXT -> STRING;
            case JSON -> types.boxed(response.type().orElse(TypeRef.any()));
            case BINARY, FORM, MULTIPART -> BYTES;
        };
    }

    /**
     * The successes for which a call of {@code operation} yields {@code null} although it returns a body,
     * in status order: those declared without a body beside one that has (a {@code 204} beside a
     * {@code 200}), and JSON bodies of the returned type whose schema allows null. Empty when the result
     * is never null. A success of another type decodes as the lowest one, so only that one's counts.
     */
    List<Response> nullResults(Operation operation) {
        TypeName result = returnType(operation);
        if (result.equals(VOID)) {
            return List.of();
        }
        return operation.successResponses().stream()
                .filter(response -> response.kind() == BodyKind.EMPTY
                        || response.nullable() && bodyType(response).equals(result))
                .toList();
    }

    /** The {@code ResponseBody} expression that decodes {@code response}'s body. */
    CodeBlock responseBody(Response response) {
        BodyKind kind = response.kind();
        return switch (kind) {
            case EMPTY -> CodeBlock.of("$T.empty()", RuntimeTypes.RESPONSE_BODY);
            // Text and bytes name the declared media type: the request's Accept asks for it (text/csv, image/png).
            case TEXT -> CodeBlock.of("$T.text($S)", RuntimeTypes.RESPONSE_BODY, response.contentType());
            // A schema that allows null takes null; an empty body stays an error (it is no JSON null).
            case JSON -> CodeBlock.of("$T.$L($L)", RuntimeTypes.RESPONSE_BODY, response.nullable() ? "nullableJson" : "json",
                    jsonType(response.type().orElse(TypeRef.any())));
            case BINARY, FORM, MULTIPART -> CodeBlock.of("$T.bytes($S)", RuntimeTypes.RESPONSE_BODY,
                    response.contentType());
        };
    }

    /**
     * The {@code Accept} header the contract asks for where it differs from the one the runtime derives
     * from the {@link #responseBody} kinds ({@code application/json}, {@code text/plain},
     * {@code application/octet-stream}): the media types of the declared response bodies, in status
     * order. Empty when they are the runtime's own, so that only such an operation names its types; a
     * server that checks {@code Accept} (an {@code application/ld+json} or {@code text/event-stream}
     * API, an {@code image/png} download) then gets what its contract declares.
     */
    static Optional<String> explicitAccept(List<Response> responses) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> derived = new LinkedHashSet<>();
        for (Response response : responses) {
            if (response.kind() != BodyKind.EMPTY && !response.contentType().isEmpty()) {
                declared.add(response.contentType());
                derived.add(switch (response.kind()) {
                    case JSON -> "application/json";
                    case TEXT -> "text/plain";
                    default -> "application/octet-stream";
                });
            }
        }
        return declared.equals(derived) ? Optional.empty() : Optional.of(String.join(", ", declared));
    }

    /** {@code JsonType.of(Pet.class)}, {@code JsonType.listOf(...)}, ... for a use of a type. */
    CodeBlock jsonType(TypeRef ref) {
        TypeRef resolved = types.resolve(ref);
        if (resolved instanceof TypeRef.ListRef list) {
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.JSON_TYPE, list.unique() ? "setOf" : "listOf",
                    jsonType(list.items()));
        }
        if (resolved instanceof TypeRef.MapRef map) {
            return CodeBlock.of("$T.mapOf($L)", RuntimeTypes.JSON_TYPE, jsonType(map.values()));
        }
        return CodeBlock.of("$T.of($T.class)", RuntimeTypes.JSON_TYPE, types.boxed(resolved));
    }
}
