package io.github.contractgen.generator.reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.contractgen.generator.model.ContractKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what kind of contract a file holds from its content, without parsing it.
 *
 * <p>This runs on every {@code .yaml}, {@code .yml}, {@code .json} and {@code .proto} file on every
 * build, so it only looks for markers: a top-level {@code openapi}/{@code swagger} or {@code asyncapi}
 * key, or a proto statement ({@code syntax =}, {@code edition =}, {@code package}, {@code message},
 * {@code service}). JSON is scanned with a streaming parser that skips every nested value, so a key
 * deep inside never counts; YAML is scanned line by line for a key in column 1.
 */
public final class ContractKinds {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern YAML_KEY =
            Pattern.compile("^(?:\"|')?(openapi|swagger|asyncapi)(?:\"|')?\\s*:", Pattern.MULTILINE);
    private static final Pattern PROTO_STATEMENT = Pattern.compile(
            "^\\s*(?:syntax\\s*=|edition\\s*=|package\\s+[\\w.]+\\s*;|message\\s+\\w+\\s*\\{|service\\s+\\w+\\s*\\{"
                    + "|import\\s+(?:public\\s+|weak\\s+)?\"[^\"]+\"\\s*;|enum\\s+\\w+\\s*\\{)",
            Pattern.MULTILINE);

    private ContractKinds() {}

    /** The kind of contract {@code content} holds, or empty when it is none of them. */
    public static Optional<ContractKind> detect(byte[] content) {
        Objects.requireNonNull(content, "content");
        int start = firstSignificant(content);
        if (start < 0) {
            return Optional.empty();
        }
        if (content[start] == '{') {
            return json(content);
        }
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        Optional<ContractKind> yaml = yaml(text);
        return yaml.isPresent() ? yaml : proto(text);
    }

    private static Optional<ContractKind> json(byte[] content) {
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Optional<ContractKind> kind = kindOfKey(parser.currentName());
                if (kind.isPresent()) {
                    return kind;
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // Malformed JSON is no contract of ours; the reader that is never chosen reports nothing.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ContractKind> yaml(String text) {
        Matcher matcher = YAML_KEY.matcher(text);
        return matcher.find() ? kindOfKey(matcher.group(1)) : Optional.empty();
    }

    private static Optional<ContractKind> proto(String text) {
        return PROTO_STATEMENT.matcher(withoutComments(text)).find() ? Optional.of(ContractKind.PROTO) : Optional.empty();
    }

    private static Optional<ContractKind> kindOfKey(String key) {
        return switch (key) {
            case "openapi", "swagger" -> Optional.of(ContractKind.OPENAPI);
            case "asyncapi" -> Optional.of(ContractKind.ASYNCAPI);
            default -> Optional.empty();
        };
    }

    /** Removes {@code //} and block comments, so a commented-out statement does not count. */
    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    }

    /** The index of the first byte that is not white space or a UTF-8 byte order mark; -1 if none. */
    private static int firstSignificant(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (; i < content.length; i++) {
            if (!Character.isWhitespace((char) (content[i] & 0xFF))) {
                return i;
            }
        }
        return -1;
    }
}
