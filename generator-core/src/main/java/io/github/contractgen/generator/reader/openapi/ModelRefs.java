package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Follows local {@code #/...} references through swagger-parser's model.
 *
 * <p>The resolver leaves references to components in place (that is what keeps type names), and some
 * real descriptions point into other places, such as a schema inside another operation's response
 * ({@code #/paths/~1v2~1domains/get/responses/200/...}); both are followed here.
 */
final class ModelRefs {

    static final String SCHEMAS = "#/components/schemas/";

    private final OpenAPI api;

    ModelRefs(OpenAPI api) {
        this.api = api;
    }

    /** The object {@code ref} points at, or null when it cannot be followed. */
    Object follow(String ref) {
        if (ref == null || !ref.startsWith("#/")) {
            return null;
        }
        Object current = api;
        for (String token : JsonPointers.tokens(ref.substring(1))) {
            current = step(current, decode(token));
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    <T> T follow(String ref, Class<T> type) {
        Object target = follow(ref);
        return type.isInstance(target) ? type.cast(target) : null;
    }

    /** Parameters, bodies, responses and headers may be references; this gives the real object. */
    Parameter parameter(Parameter parameter) {
        return deref(parameter, parameter.get$ref(), Parameter.class, Parameter::get$ref);
    }

    RequestBody requestBody(RequestBody body) {
        return deref(body, body.get$ref(), RequestBody.class, RequestBody::get$ref);
    }

    ApiResponse response(ApiResponse response) {
        return deref(response, response.get$ref(), ApiResponse.class, ApiResponse::get$ref);
    }

    Header header(Header header) {
        return deref(header, header.get$ref(), Header.class, Header::get$ref);
    }

    private <T> T deref(T start, String ref, Class<T> type, java.util.function.Function<T, String> refOf) {
        T current = start;
        String next = ref;
        for (int hops = 0; next != null && hops < 32; hops++) {
            T target = follow(next, type);
            if (target == null) {
                return null;
            }
            current = target;
            next = refOf.apply(target);
        }
        return next == null ? current : null;
    }

    private static String decode(String token) {
        return token.indexOf('%') < 0 ? token : java.net.URLDecoder.decode(token.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Object step(Object current, String token) {
        if (current instanceof Map<?, ?> map) {
            return map.get(token);
        }
        if (current instanceof List<?> list) {
            return index(list, token);
        }
        if (current instanceof OpenAPI root) {
            return switch (token) {
                case "paths" -> root.getPaths();
                case "components" -> root.getComponents();
                case "webhooks" -> root.getWebhooks();
                default -> null;
            };
        }
        if (current instanceof Components components) {
            return components(components, token);
        }
        if (current instanceof PathItem item) {
            return token.equals("parameters") ? item.getParameters()
                    : item.readOperationsMap().get(method(token));
        }
        if (current instanceof Schema<?> schema) {
            return schema(schema, token);
        }
        return member(current, token);
    }

    private static Object member(Object current, String token) {
        if (current instanceof Operation operation) {
            return switch (token) {
                case "parameters" -> operation.getParameters();
                case "requestBody" -> operation.getRequestBody();
                case "responses" -> operation.getResponses();
                default -> null;
            };
        }
        if (current instanceof Parameter parameter) {
            return token.equals("schema") ? parameter.getSchema()
                    : token.equals("content") ? parameter.getContent() : null;
        }
        if (current instanceof RequestBody body) {
            return token.equals("content") ? body.getContent() : null;
        }
        if (current instanceof ApiResponse response) {
            return token.equals("content") ? response.getContent()
                    : token.equals("headers") ? response.getHeaders() : null;
        }
        if (current instanceof MediaType media) {
            return token.equals("schema") ? media.getSchema() : null;
        }
        if (current instanceof Header header) {
            return token.equals("schema") ? header.getSchema() : null;
        }
        return null;
    }

    private static Object components(Components components, String token) {
        return switch (token) {
            case "schemas" -> components.getSchemas();
            case "parameters" -> components.getParameters();
            case "requestBodies" -> components.getRequestBodies();
            case "responses" -> components.getResponses();
            case "headers" -> components.getHeaders();
            case "securitySchemes" -> components.getSecuritySchemes();
            case "pathItems" -> components.getPathItems();
            default -> null;
        };
    }

    private static Object schema(Schema<?> schema, String token) {
        return switch (token) {
            case "properties" -> schema.getProperties();
            case "items" -> schema.getItems();
            case "additionalProperties" -> schema.getAdditionalProperties();
            case "allOf" -> schema.getAllOf();
            case "oneOf" -> schema.getOneOf();
            case "anyOf" -> schema.getAnyOf();
            case "not" -> schema.getNot();
            case "patternProperties" -> schema.getPatternProperties();
            case "prefixItems" -> schema.getPrefixItems();
            default -> null;
        };
    }

    private static Object index(List<?> list, String token) {
        try {
            int i = Integer.parseInt(token);
            return i >= 0 && i < list.size() ? list.get(i) : null;
        } catch (NumberFormatException e) {
            return null; // not an index: the reference does not lead anywhere
        }
    }

    private static PathItem.HttpMethod method(String token) {
        try {
            return PathItem.HttpMethod.valueOf(token.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // not a method: the reference does not lead anywhere
        }
    }
}
