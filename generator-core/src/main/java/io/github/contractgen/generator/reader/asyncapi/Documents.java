package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RefTargets;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code $ref}s on the parsed trees, offline: references inside a document and to other local
 * files (each read and parsed once); remote ones are refused with a located error. AsyncAPI parsers do
 * not resolve references, and ours must not reach the network, so this is done here, lazily: only what
 * the generator needs is followed, so a reference to a Markdown description or an Avro schema that is
 * never read costs nothing.
 */
final class Documents {

    private static final int MAX_HOPS = 32;

    private final Problems problems;
    private final boolean allowRemote;
    private final Map<Path, Optional<SourceDocument>> loaded = new HashMap<>();

    Documents(SourceDocument main, Problems problems, boolean allowRemote) {
        this.problems = problems;
        this.allowRemote = allowRemote;
        loaded.put(key(main.path()), Optional.of(main));
    }

    /**
     * {@code node} with every {@code $ref} followed; empty (with the problem reported) when a reference
     * cannot be followed. A node without {@code $ref} is returned as it is.
     */
    Optional<Located> resolve(Located node) {
        Located current = node;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            JsonNode ref = current.node().isObject() ? current.node().get("$ref") : null;
            if (ref == null || !ref.isTextual()) {
                return Optional.of(current);
            }
            Optional<Located> target = follow(current, ref.asText());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            current = target.get();
        }
        report(Diagnostic.Severity.ERROR, node, "references lead in a circle; resolve the cycle");
        return Optional.empty();
    }

    /** Like {@link #resolve}, and empty without a report when {@code node} is missing. */
    Optional<Located> resolveIfPresent(Located node) {
        return node.isMissing() ? Optional.empty() : resolve(node);
    }

    /** The target of one reference written in {@code from}. */
    Optional<Located> follow(Located from, String ref) {
        Located at = from.get("$ref");
        SourceDocument document;
        if (ref.startsWith("#")) {
            document = from.document();
        } else if (RefTargets.isRemote(ref)) {
            String message = allowRemote
                    ? "remote reference '" + ref + "' is not fetched: the AsyncAPI reader reads local files only"
                    : "remote reference '" + ref + "' is not fetched: remote references are off by default;"
                            + " set allowRemoteRefs to allow them";
            report(Diagnostic.Severity.ERROR, at, message);
            return Optional.empty();
        } else {
            Optional<SourceDocument> file = file(from, ref);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            document = file.get();
        }
        String pointer = RefTargets.fragment(ref);
        JsonNode target = pointer.isEmpty() ? document.root() : lookup(document.root(), pointer);
        if (target == null || target.isMissingNode()) {
            report(Diagnostic.Severity.ERROR, at, "reference '" + ref + "' does not lead anywhere in "
                    + document.file());
            return Optional.empty();
        }
        return Optional.of(new Located(document, pointer, target));
    }

    private Optional<SourceDocument> file(Located from, String ref) {
        Optional<Path> path = RefTargets.localFile(from.document().path(), ref);
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            report(Diagnostic.Severity.ERROR, from.get("$ref"), "reference '" + ref + "' names a file that does not exist");
            return Optional.empty();
        }
        Path key = key(path.get());
        Optional<SourceDocument> known = loaded.get(key);
        if (known != null) {
            return known;
        }
        String name = RefTargets.relativeName(from.document().path(), from.document().file(), key);
        Optional<SourceDocument> document = SourceDocument.load(key, name, problems);
        loaded.put(key, document);
        return document;
    }

    private static JsonNode lookup(JsonNode root, String pointer) {
        try {
            return root.at(JsonPointer.compile(pointer.startsWith("/") ? pointer : "/" + pointer));
        } catch (IllegalArgumentException e) {
            return null; // not a JSON pointer: reported as leading nowhere
        }
    }

    void report(Diagnostic.Severity severity, Located at, String message) {
        problems.atSource(severity, at.document().file(), at.pointer(), message);
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
