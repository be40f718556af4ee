package io.github.contractgen.generator.reader.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.contractgen.generator.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One contract file read and parsed into a Jackson tree, the only time its text is parsed: the tree is
 * handed to swagger-parser as it is.
 *
 * @param path the file on disk
 * @param file the path that diagnostics name (relative to the contracts directory)
 * @param bytes the file's content, kept for locating diagnostics
 * @param factory the JSON or YAML factory the content was parsed with
 * @param root the parsed document, always an object
 */
public record SourceDocument(Path path, String file, byte[] bytes, JsonFactory factory, ObjectNode root) {

    /** Big descriptions are real: OpenAI's is 3 MB of YAML, GitHub's 13 MB of JSON. */
    private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;
    /**
     * How deep objects and arrays may nest (Jackson's default, made explicit). The readers and emitters
     * recurse over nested schemas, so a deeper document must stop here with a message, not end in a
     * StackOverflowError; real contracts stay far below.
     */
    static final int MAX_NESTING_DEPTH = 1000;

    public static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CODE_POINTS)
                    .maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    public static final JsonFactory YAML = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CODE_POINTS)
                    .maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper(JSON);
    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML);

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        // Jackson never expands aliases (YamlAliases refuses them), so this limit is a second line only.
        options.setMaxAliasesForCollections(50);
        return options;
    }

    /**
     * Reads and parses {@code path}; on failure reports an error with the parser's line and column and
     * returns empty.
     */
    public static Optional<SourceDocument> load(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.atPosition(Diagnostic.Severity.ERROR, file, 0, 0, "cannot read the file: " + e);
            return Optional.empty();
        }
        return parse(path, file, bytes, problems);
    }

    /**
     * Parses {@code bytes} read elsewhere (a fetched remote document) as the content of {@code file};
     * reports like {@link #load}. {@code path} stands for the document where references are resolved.
     */
    public static Optional<SourceDocument> parse(Path path, String file, byte[] bytes, Problems problems) {
        JsonFactory factory = factoryFor(bytes);
        problems.addText(file, new Problems.Text(bytes, factory));
        try {
            JsonNode root = parse(bytes, factory);
            if (root == null || !root.isObject()) {
                problems.atPosition(Diagnostic.Severity.ERROR, file, 1, 1,
                        "the document is not an object; a contract starts with a top-level key such as"
                                + " 'openapi:' or 'asyncapi:'");
                return Optional.empty();
            }
            return Optional.of(new SourceDocument(path, file, bytes, factory, (ObjectNode) root));
        } catch (YamlAliases.AliasException | LimitException e) {
            JsonLocation at = e.getLocation();
            problems.atPosition(Diagnostic.Severity.ERROR, file, at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            reportSyntax(e, file, factory == JSON ? "JSON" : "YAML", problems);
            return Optional.empty();
        } catch (IOException e) {
            problems.atPosition(Diagnostic.Severity.ERROR, file, 0, 0, "cannot read the file: " + e);
            return Optional.empty();
        }
    }

    private static JsonNode parse(byte[] bytes, JsonFactory factory) throws IOException {
        JsonParser parser = factory == JSON ? JSON.createParser(bytes)
                : new YamlAliases((YAMLParser) YAML.createParser(bytes));
        try (parser) {
            return mapper(factory).readTree(parser);
        } catch (StreamConstraintsException e) {
            throw new LimitException(parser, e);
        }
    }

    /** A document beyond one of the parser's limits, located where the parser gave up. */
    static final class LimitException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        LimitException(JsonParser parser, StreamConstraintsException cause) {
            super(parser, describe(cause), parser.currentLocation(), cause);
        }

        private static String describe(StreamConstraintsException e) {
            return e.getOriginalMessage().contains("nesting depth")
                    ? "the document nests more than " + MAX_NESTING_DEPTH + " levels deep, the most contractgen"
                            + " reads; move nested schemas to components and refer to them with $ref"
                    : "the document is beyond a limit of contractgen: " + firstLine(e.getOriginalMessage());
        }
    }

    public static ObjectMapper mapper(JsonFactory factory) {
        return factory == JSON ? JSON_MAPPER : YAML_MAPPER;
    }

    /** JSON when the first character that is not white space (or a byte order mark) is '{'. */
    public static JsonFactory factoryFor(byte[] bytes) {
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c == '{') {
                return JSON;
            }
            if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                return YAML;
            }
        }
        return YAML;
    }

    /** SnakeYAML says what is wrong in its "problem" and where in its problem mark (0-based). */
    private static void reportSyntax(JsonProcessingException e, String file, String kind, Problems problems) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
        int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
        String message = firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            line = yaml.getProblemMark().getLine() + 1;
            column = yaml.getProblemMark().getColumn() + 1;
            message = yaml.getContext() == null
                    ? firstLine(yaml.getProblem())
                    : firstLine(yaml.getProblem()) + " (" + firstLine(yaml.getContext()) + ")";
        }
        problems.atPosition(Diagnostic.Severity.ERROR, file, line, column, "malformed " + kind + ": " + message);
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable content" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    /** The version the document declares, {@code 3.1.0} or {@code 2.0}; empty when it declares none. */
    public String declaredVersion() {
        JsonNode version = root.has("openapi") ? root.get("openapi") : root.get("swagger");
        return version == null ? "" : version.asText();
    }

    public boolean isSwagger2() {
        return !root.has("openapi") && root.has("swagger");
    }
}
