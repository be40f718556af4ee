package io.github.contractgen.generator.reader.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the line and column of JSON pointers in a contract's text.
 *
 * <p>swagger-parser's model has no positions, so diagnostics get theirs here, from one streaming pass
 * over the file. The pass only descends into subtrees that contain a wanted pointer, which keeps it
 * cheap even on a 13 MB description, and it is only made when there is something to report. A
 * pointer that does not exist in the text (a place swagger-parser invented) gets the position of its
 * longest existing prefix.
 */
public final class PositionIndex {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
        static final Position START = new Position(1, 1);
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        Position position;
    }

    private PositionIndex() {}

    /** The position of each of {@code pointers} in {@code text}; never fails, falls back to line 1. */
    public static Map<String, Position> locate(byte[] text, JsonFactory factory, Collection<String> pointers) {
        Node root = new Node();
        root.position = Position.START;
        for (String pointer : pointers) {
            Node node = root;
            for (String token : JsonPointers.tokens(pointer)) {
                node = node.children.computeIfAbsent(token, key -> new Node());
            }
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != null) {
                walk(parser, root);
            }
        } catch (IOException | RuntimeException e) {
            // A partial index is still useful: positions found before the problem are kept and the
            // rest fall back to their prefixes. The syntax problem itself is reported by the reader.
        }
        Map<String, Position> positions = new HashMap<>();
        for (String pointer : pointers) {
            positions.put(pointer, find(root, pointer));
        }
        return positions;
    }

    private static Position find(Node root, String pointer) {
        Node node = root;
        Position best = root.position;
        for (String token : JsonPointers.tokens(pointer)) {
            node = node.children.get(token);
            if (node == null) {
                break;
            }
            if (node.position != null) {
                best = node.position;
            }
        }
        return best;
    }

    /** The parser stands on the first token of a value that {@code node} describes. */
    private static void walk(JsonParser parser, Node node) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Node child = node.children.get(parser.currentName());
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                if (child == null) {
                    parser.skipChildren();
                } else {
                    child.position = position(at);
                    walk(parser, child);
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Node child = node.children.get(Integer.toString(index++));
                if (child == null) {
                    parser.skipChildren();
                } else {
                    child.position = position(parser.currentTokenLocation());
                    walk(parser, child);
                }
            }
        }
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }
}
