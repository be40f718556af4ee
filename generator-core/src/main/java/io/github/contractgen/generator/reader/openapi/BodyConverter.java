package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.BodyKind;
import io.github.contractgen.generator.model.RequestBody;
import io.github.contractgen.generator.model.Response;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Converts request bodies and responses: one media type each, its encoding and its type. */
final class BodyConverter {

    private final ReadContext context;
    private final SchemaConverter schemas;

    BodyConverter(ReadContext context, SchemaConverter schemas) {
        this.context = context;
        this.schemas = schemas;
    }

    /** The request body of an operation; {@code hint} ({@code <OperationId>Request}) names an inline type. */
    Optional<RequestBody> request(io.swagger.v3.oas.models.parameters.RequestBody declared, String hint, String pointer) {
        if (declared == null) {
            return Optional.empty();
        }
        io.swagger.v3.oas.models.parameters.RequestBody body = context.refs().requestBody(declared);
        if (body == null) {
            context.problems().warning(pointer, "request body reference '" + declared.get$ref()
                    + "' cannot be followed; the operation is read without a body");
            return Optional.empty();
        }
        Optional<MediaTypes.Choice> choice = MediaTypes.choose(body.getContent());
        if (choice.isEmpty()) {
            context.problems().warning(pointer, "request body declares no media type; the operation is read without a body");
            return Optional.empty();
        }
        MediaTypes.Choice chosen = choice.get();
        String schemaPointer = JsonPointers.append(pointer + "/content", chosen.contentType()) + "/schema";
        TypeRef type = switch (chosen.kind()) {
            case FORM, MULTIPART -> formType(chosen.media().getSchema(), hint, schemaPointer);
            default -> bodyUse(chosen, hint, schemaPointer).type();
        };
        // Marked so that the emitter can leave out a form's record when the fields are all it carries.
        boolean inline = type instanceof TypeRef.Named named && !context.registry().isComponent(named.name());
        return Optional.of(new RequestBody(chosen.kind(), chosen.contentType(), type,
                Boolean.TRUE.equals(body.getRequired()), SchemaConverter.text(body.getDescription()), inline));
    }

    /** Every declared response, sorted: exact codes ascending, then ranges, then {@code default}. */
    List<Response> responses(Map<String, ApiResponse> declared, String operationId, String pointer) {
        List<Response> responses = new ArrayList<>();
        if (declared == null) {
            return responses;
        }
        Map<String, ApiResponse> sorted = new TreeMap<>(StatusOrder.COMPARATOR);
        declared.forEach((status, response) -> {
            if (StatusOrder.isValid(status)) {
                sorted.put(status, response);
            } else {
                context.problems().warning(JsonPointers.append(pointer + "/responses", status),
                        "'" + status + "' is not a status code, a range (4XX) or 'default'; the response is ignored");
            }
        });
        boolean firstSuccess = true;
        for (Map.Entry<String, ApiResponse> entry : sorted.entrySet()) {
            String status = entry.getKey();
            boolean plainName = firstSuccess && status.startsWith("2");
            firstSuccess &= !plainName;
            String hint = ReadContext.suffix(operationId, "Response" + (plainName ? "" : suffix(status)));
            String at = JsonPointers.append(pointer + "/responses", status);
            response(status, entry.getValue(), hint, at).ifPresent(responses::add);
        }
        return responses;
    }

    private static String suffix(String status) {
        return status.equals("default") ? "Default" : status.toUpperCase(java.util.Locale.ROOT);
    }

    private Optional<Response> response(String status, ApiResponse declared, String hint, String pointer) {
        ApiResponse response = declared == null ? new ApiResponse() : context.refs().response(declared);
        if (response == null) {
            context.problems().warning(pointer, "response reference '" + declared.get$ref()
                    + "' cannot be followed; the response is read without a body");
            response = new ApiResponse();
        }
        List<Response.Header> headers = new HeaderConverter(context, schemas).headers(response.getHeaders(), hint, pointer);
        String description = SchemaConverter.text(response.getDescription());
        Optional<MediaTypes.Choice> choice = MediaTypes.choose(response.getContent());
        if (choice.isEmpty()) {
            return Optional.of(new Response(status, BodyKind.EMPTY, "", Optional.empty(), headers, description));
        }
        MediaTypes.Choice chosen = choice.get();
        String schemaPointer = JsonPointers.append(pointer + "/content", chosen.contentType()) + "/schema";
        TypeUse use = bodyUse(chosen, hint, schemaPointer);
        // The schema's nullability, read as for a property: only JSON can say null, text and bytes cannot.
        boolean nullable = chosen.kind() == BodyKind.JSON && use.nullable();
        return Optional.of(new Response(status, chosen.kind(), chosen.contentType(), Optional.of(use.type()), nullable,
                headers, description));
    }

    /**
     * JSON: the schema's type and whether it allows null; text: the schema's type or a string; binary:
     * always raw bytes.
     */
    private TypeUse bodyUse(MediaTypes.Choice chosen, String hint, String pointer) {
        Schema<?> schema = chosen.media().getSchema();
        return switch (chosen.kind()) {
            case BINARY -> TypeUse.of(TypeRef.scalar(TypeRef.Scalar.BINARY));
            case TEXT -> schema == null ? TypeUse.of(TypeRef.scalar(TypeRef.Scalar.STRING)) : schemas.use(schema, hint, pointer);
            default -> schemas.use(schema, hint, pointer);
        };
    }

    /** Form fields come from a named record; anything else becomes an empty one, with a warning. */
    private TypeRef formType(Schema<?> schema, String hint, String pointer) {
        if (schema != null) {
            TypeRef type = schemas.use(schema, hint, pointer).type();
            if (type instanceof TypeRef.Named named
                    && context.registry().definition(named.name()) instanceof TypeDef.RecordDef) {
                return type;
            }
            // An object without properties, or an empty schema, declares no fields: nothing to warn about.
            boolean noFields = type instanceof TypeRef.MapRef || SchemaConverter.annotationOnly(schema);
            if (!noFields) {
                context.problems().warning(pointer, "a form or multipart body must be an object with properties;"
                        + " it is read as a form without fields");
            }
        }
        String name = context.registry().allocate(hint);
        context.registry().define(new TypeDef.RecordDef(name, "", false, List.of(), Optional.empty(),
                context.location(pointer)));
        return TypeRef.named(name);
    }
}
