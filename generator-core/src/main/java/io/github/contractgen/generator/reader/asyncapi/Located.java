package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of a contract tree together with the document it stands in and its JSON pointer there, so
 * that references inside it resolve against the right file and problems name the right place.
 */
record Located(SourceDocument document, String pointer, JsonNode node) {

    /** The member {@code key}; a missing node (never null) when there is none. */
    Located get(String key) {
        JsonNode child = node.isObject() ? node.get(key) : null;
        return new Located(document, JsonPointers.append(pointer, key), child == null ? MissingNode.getInstance() : child);
    }

    /** The element {@code index} of an array. */
    Located at(int index) {
        JsonNode child = node.isArray() ? node.get(index) : null;
        return new Located(document, pointer + "/" + index, child == null ? MissingNode.getInstance() : child);
    }

    boolean isObject() {
        return node.isObject();
    }

    boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    /** The text of member {@code key}, or {@code ""}. */
    String text(String key) {
        JsonNode child = node.isObject() ? node.get(key) : null;
        return child == null || child.isNull() || child.isContainerNode() ? "" : child.asText();
    }

    /** The members of an object, in document order; none for anything else. */
    List<Map.Entry<String, Located>> members() {
        List<Map.Entry<String, Located>> members = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> members.add(Map.entry(name, get(name))));
        }
        return members;
    }

    /** The elements of an array; none for anything else. */
    List<Located> elements() {
        List<Located> elements = new ArrayList<>();
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            elements.add(at(i));
        }
        return elements;
    }

    /** A key that identifies the node across references: its file and pointer. */
    String identity() {
        return document.path().toAbsolutePath().normalize() + "#" + pointer;
    }
}
