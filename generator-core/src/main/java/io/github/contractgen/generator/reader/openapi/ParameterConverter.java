package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.Parameter;
import io.github.contractgen.generator.model.ParameterLocation;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts the parameters of one operation: path-level and operation-level merged (the operation's
 * own wins by name and location), styles and explode defaulted as the specification says, and checked
 * against the path template: a placeholder without its parameter, or a path parameter without its
 * placeholder, is an error, since the client would fail every call or drop the value.
 */
final class ParameterConverter {

    /** Header parameters the specification says to ignore: the client sets them itself. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    /** The prefix of the merge key of a path parameter: {@code path:petId}. */
    private static final String PATH_KEY = "path:";

    private record Declared(io.swagger.v3.oas.models.parameters.Parameter parameter, String pointer) {}

    private final ReadContext context;
    private final SchemaConverter schemas;

    ParameterConverter(ReadContext context, SchemaConverter schemas) {
        this.context = context;
        this.schemas = schemas;
    }

    /**
     * @param path the path template the operation is declared under
     * @param method the operation's HTTP method, lower case, for messages
     */
    List<Parameter> parameters(String path, String method, List<io.swagger.v3.oas.models.parameters.Parameter> pathLevel,
            String pathPointer, List<io.swagger.v3.oas.models.parameters.Parameter> own, String operationPointer,
            String operationId) {
        Map<String, Declared> merged = new LinkedHashMap<>();
        collect(pathLevel, pathPointer, merged);
        collect(own, operationPointer, merged);
        checkPathTemplate(path, method, pathPointer, merged);
        List<Parameter> parameters = new ArrayList<>();
        for (Declared declared : merged.values()) {
            Parameter parameter = convert(declared.parameter(), declared.pointer(), operationId);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    private void collect(List<io.swagger.v3.oas.models.parameters.Parameter> declared, String pointer,
            Map<String, Declared> into) {
        if (declared == null) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            String at = pointer + "/parameters/" + i;
            io.swagger.v3.oas.models.parameters.Parameter parameter =
                    declared.get(i) == null ? null : context.refs().parameter(declared.get(i));
            if (parameter == null || parameter.getName() == null || parameter.getIn() == null) {
                context.problems().warning(at, "parameter cannot be read (missing name or 'in', or a reference that "
                        + "cannot be followed); it is ignored");
                continue;
            }
            String key = parameter.getIn().toLowerCase(Locale.ROOT) + ":" + parameter.getName();
            into.remove(key); // the operation's own comes last and so keeps the contract's order of its own
            into.put(key, new Declared(parameter, at));
        }
    }

    private void checkPathTemplate(String path, String method, String pathPointer, Map<String, Declared> merged) {
        Set<String> placeholders = PathTemplates.placeholders(path);
        Set<String> declared = new LinkedHashSet<>();
        merged.forEach((key, parameter) -> {
            if (key.startsWith(PATH_KEY)) {
                String name = key.substring(PATH_KEY.length());
                declared.add(name);
                if (!placeholders.contains(name)) {
                    context.problems().error(parameter.pointer(), "path parameter '" + name + "' does not appear in"
                            + " the path '" + path + "', so its value would never be sent; add {" + name + "} to the"
                            + " path, or declare the parameter 'in' query or header if that is where it goes");
                }
            }
        });
        for (String name : placeholders) {
            if (!declared.contains(name)) {
                context.problems().error(pathPointer, "the path '" + path + "' has the placeholder {" + name + "}, but '"
                        + method + "' declares no path parameter '" + name + "', so no call could fill it; add a"
                        + " parameter with name: " + name + " and in: path to the operation or the path");
            }
        }
    }

    private Parameter convert(io.swagger.v3.oas.models.parameters.Parameter parameter, String pointer, String operationId) {
        ParameterLocation in = location(parameter.getIn());
        if (in == null) {
            context.problems().warning(pointer, "parameter '" + parameter.getName() + "' is in '" + parameter.getIn()
                    + "', which is not path, query, header or cookie; it is ignored");
            return null;
        }
        if (in == ParameterLocation.HEADER && IGNORED_HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Schema<?> schema = parameter.getSchema();
        String schemaPointer = pointer + "/schema";
        if (schema == null && parameter.getContent() != null) {
            var choice = MediaTypes.choose(parameter.getContent());
            schema = choice.map(c -> (Schema<?>) c.media().getSchema()).orElse(null);
            schemaPointer = choice.map(c -> JsonPointers.append(pointer + "/content", c.contentType()) + "/schema")
                    .orElse(schemaPointer);
        }
        TypeRef type = schema == null ? TypeRef.scalar(TypeRef.Scalar.STRING)
                : schemas.use(schema, ReadContext.join(operationId, parameter.getName()), schemaPointer).type();
        String style = parameter.getStyle() != null ? parameter.getStyle().toString() : defaultStyle(in);
        boolean explode = parameter.getExplode() != null ? parameter.getExplode() : style.equals("form");
        boolean required = in == ParameterLocation.PATH || Boolean.TRUE.equals(parameter.getRequired());
        return new Parameter(parameter.getName(), in, type, required, style, explode,
                SchemaConverter.text(parameter.getDescription()), Boolean.TRUE.equals(parameter.getDeprecated()),
                limits(schema));
    }

    /** The default and inclusive bounds of the schema (followed through one reference), for documentation. */
    private Parameter.Limits limits(Schema<?> declared) {
        Schema<?> schema = declared != null && declared.get$ref() != null ? schemas.target(declared.get$ref()) : declared;
        if (schema == null) {
            return Parameter.Limits.NONE;
        }
        schema = SchemaConverter.unwrap(schema);
        // An exclusive bound is left out rather than documented as inclusive: no fact beats a wrong one.
        Optional<String> minimum = Boolean.TRUE.equals(schema.getExclusiveMinimum()) ? Optional.empty()
                : bound(schema.getMinimum());
        Optional<String> maximum = Boolean.TRUE.equals(schema.getExclusiveMaximum()) ? Optional.empty()
                : bound(schema.getMaximum());
        return new Parameter.Limits(TypeBuilder.defaultText(schema.getDefault()), minimum, maximum);
    }

    private static Optional<String> bound(BigDecimal value) {
        return value == null ? Optional.empty() : Optional.of(value.toPlainString());
    }

    /** query and cookie: form; path and header: simple. */
    private static String defaultStyle(ParameterLocation in) {
        return in == ParameterLocation.QUERY || in == ParameterLocation.COOKIE ? "form" : "simple";
    }

    private static ParameterLocation location(String in) {
        return switch (in.toLowerCase(Locale.ROOT)) {
            case "path" -> ParameterLocation.PATH;
            case "query" -> ParameterLocation.QUERY;
            case "header" -> ParameterLocation.HEADER;
            case "cookie" -> ParameterLocation.COOKIE;
            default -> null;
        };
    }
}
