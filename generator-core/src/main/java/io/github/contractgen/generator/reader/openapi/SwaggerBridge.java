package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.SourceDocument;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Hands an already parsed document to swagger-parser: deserialisation, resolution of references to
 * other local files, and conversion of 2.0 to 3.0.
 *
 * <p>The entry points used here take our Jackson tree, so the text is not parsed a second time, and
 * the 3.0 resolver is used for 3.1 too: swagger-parser's own 3.1 dereferencer inlines every schema of
 * another file, which would lose their names. {@link RemoteRefs} and {@link RefGuard} have run before,
 * so no reference left in the tree, or in a local file it names, leads to the network: swagger-parser's
 * own URL loading is never used.
 */
final class SwaggerBridge {

    /**
     * swagger-parser's warnings that the converters report themselves, with what contractgen does about
     * them: a placeholder without a path parameter ({@link ParameterConverter}) and a repeated
     * operationId ({@link OperationConverter}).
     */
    private static final List<String> SUPERSEDED = List.of(". Declared path parameter ", ".operationId is repeated");

    private SwaggerBridge() {}

    /** The resolved 3.x model, or empty with an error reported. */
    static Optional<OpenAPI> parse(SourceDocument document, Problems problems) {
        String location = document.path().toAbsolutePath().toString();
        List<String> messages = new ArrayList<>();
        OpenAPI api;
        try {
            api = document.isSwagger2() ? swagger2(document, location, messages) : openApi3(document, location, messages);
        } catch (RuntimeException e) {
            problems.error("", "references could not be resolved: " + rootMessage(e));
            return Optional.empty();
        }
        for (String message : messages) {
            if (message != null && !message.isBlank() && SUPERSEDED.stream().noneMatch(message::contains)) {
                problems.atSource(io.github.contractgen.generator.model.Diagnostic.Severity.WARNING,
                        document.file(), SwaggerMessages.pointer(message), message);
            }
        }
        if (api == null) {
            problems.error("", "not a readable OpenAPI description: the document needs an 'openapi: 3.x' or "
                    + "'swagger: \"2.0\"' field, 'info' and 'paths'");
            return Optional.empty();
        }
        return Optional.of(api);
    }

    private static OpenAPI openApi3(SourceDocument document, String location, List<String> messages) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, document.root(), options);
        addAll(messages, result.getMessages());
        if (result.getOpenAPI() == null) {
            return null;
        }
        inlineParameterRefsIntoPaths(result.getOpenAPI());
        return new OpenAPIResolver(result.getOpenAPI(), null, location).resolve();
    }

    /**
     * swagger-parser's resolver silently drops a parameter whose {@code $ref} points into
     * {@code #/paths/} (generated descriptions reuse one route's parameter for another that way), so
     * such references are followed here first; one that leads nowhere stays for the resolver to report.
     */
    private static void inlineParameterRefsIntoPaths(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        ModelRefs refs = new ModelRefs(api);
        UnaryOperator<Parameter> follow = parameter -> parameter != null && parameter.get$ref() != null
                && parameter.get$ref().startsWith("#/paths/")
                ? Objects.requireNonNullElse(refs.parameter(parameter), parameter) : parameter;
        for (PathItem item : api.getPaths().values()) {
            if (item != null) {
                replaceAll(item.getParameters(), follow);
                item.readOperations().forEach(operation -> replaceAll(operation.getParameters(), follow));
            }
        }
    }

    private static void replaceAll(List<Parameter> parameters, UnaryOperator<Parameter> follow) {
        if (parameters != null) {
            parameters.replaceAll(follow);
        }
    }

    private static OpenAPI swagger2(SourceDocument document, String location, List<String> messages) {
        SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(document.root());
        addAll(messages, v2.getMessages());
        if (v2.getSwagger() == null) {
            return null;
        }
        Swagger2Parameters.pushDown(v2.getSwagger());
        v2.setSwagger(new SwaggerResolver(v2.getSwagger(), null, location).resolve());
        v2.setMessages(new ArrayList<>());
        SwaggerParseResult converted = new SwaggerConverter().convert(v2);
        addAll(messages, converted.getMessages());
        return converted.getOpenAPI();
    }

    private static void addAll(List<String> into, List<String> messages) {
        if (messages != null) {
            into.addAll(messages);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return e == cause || e.getMessage() == null ? message : e.getMessage() + ": " + message;
    }
}
