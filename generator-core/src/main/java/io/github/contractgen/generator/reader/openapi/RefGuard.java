package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RefTargets;
import io.github.contractgen.generator.reader.source.RemoteDocuments;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every {@code $ref} of a contract, and of the local files it refers to, before swagger-parser
 * sees them.
 *
 * <p>swagger-parser fetches remote references as soon as it resolves, and throws on a missing local
 * file. Both are settled here: a remote reference is an error and is replaced by an empty schema, so
 * swagger-parser never touches the network (when remote references are allowed, {@link RemoteRefs}
 * has already fetched and replaced them, so none is left); a missing local file is an
 * error for a {@code $ref} and a warning for a discriminator mapping entry (a naming hint), and is
 * removed too. A local file that itself refers to a remote URL is not handed over at all, since
 * swagger-parser would read it from disk without our check.
 */
final class RefGuard {

    /** Keys whose values are literal data, never references, unless they are names in a map. */
    static final Set<String> LITERALS = Set.of("example", "default", "enum", "const");
    /** Keys whose values are maps from names to objects: their keys are names, not keywords. */
    static final Set<String> NAME_MAPS = Set.of(
            "properties", "patternProperties", "definitions", "$defs", "schemas", "paths", "headers",
            "parameters", "responses", "requestBodies", "securitySchemes", "securityDefinitions", "examples",
            "links", "callbacks", "pathItems", "webhooks", "content", "mapping", "variables");

    private final boolean allowRemote;
    private final boolean lenientRefs;
    private final Problems problems;
    /** Local files already checked, with whether they (transitively) refer to a refused remote URL. */
    private final Map<Path, Boolean> checked = new HashMap<>();

    RefGuard(boolean allowRemote, boolean lenientRefs, Problems problems) {
        this.allowRemote = allowRemote;
        this.lenientRefs = lenientRefs;
        this.problems = problems;
    }

    /**
     * One file being walked: its path and display name, its parsed root (the target of its own
     * {@code #...} references), whether its tree may be edited (only the main document's: swagger-parser
     * reads the others from disk), and the pointers in it whose chain of references is known to end well.
     */
    private record Scope(Path file, String name, JsonNode root, boolean editable, Set<String> settled) {

        Scope(Path file, String name, JsonNode root, boolean editable) {
            this(file, name, root, editable, new HashSet<>());
        }
    }

    /** Checks the main document and every local file it reaches; neutralises what must not be resolved. */
    void check(SourceDocument document) {
        checked.put(document.path().toAbsolutePath().normalize(), Boolean.FALSE);
        walk(document.root(), "", new ArrayList<>(), new Scope(document.path(), document.file(), document.root(), true));
    }

    /** Returns whether the subtree refers (transitively) to a refused remote URL. */
    private boolean walk(JsonNode node, String parentKey, List<String> tokens, Scope scope) {
        boolean tainted = false;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            boolean names = NAME_MAPS.contains(parentKey);
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && !names) {
                return checkRef(object, ref.asText(), tokens, scope);
            }
            boolean mapping = parentKey.equals("mapping");
            boolean examples = parentKey.equals("examples");
            List<String> removed = null;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (!names && (LITERALS.contains(key) || key.startsWith("x-"))) {
                    continue;
                }
                tokens.add(key);
                if (mapping && field.getValue().isTextual()) {
                    if (!checkMapping(field.getValue().asText(), tokens, scope)) {
                        removed = removed == null ? new ArrayList<>() : removed;
                        removed.add(key);
                    }
                } else if (!(examples && key.equals("value"))) {
                    tainted |= walk(field.getValue(), names ? "" : key, tokens, scope);
                }
                tokens.remove(tokens.size() - 1);
            }
            if (removed != null && scope.editable()) {
                removed.forEach(object::remove);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tokens.add(Integer.toString(i));
                tainted |= walk(node.get(i), "", tokens, scope);
                tokens.remove(tokens.size() - 1);
            }
        }
        return tainted;
    }

    /**
     * Checks the reference {@code ref} held by {@code holder} at {@code tokens}. Pointers for messages are
     * built only when there is something to report: a large contract holds tens of thousands of
     * references, nearly all of them to a schema already followed.
     */
    private boolean checkRef(ObjectNode holder, String ref, List<String> tokens, Scope scope) {
        if (ref.startsWith("#")) {
            String target = RefTargets.fragment(ref);
            if (!scope.settled().contains(target)) {
                checkInternal(holder, ref, target, pointer(tokens, null), scope);
            }
            return false;
        }
        if (RefTargets.isRemote(ref)) {
            // With remote references allowed, RemoteRefs has replaced every one it could reach; one left
            // here would make swagger-parser fetch by itself, so it is refused all the same.
            problems.atSource(Diagnostic.Severity.ERROR, scope.name(), pointer(tokens, "$ref"), "remote reference '"
                    + RemoteDocuments.display(ref) + "' is not fetched: " + (allowRemote
                            ? "contractgen could not resolve it here; please report this with the contract"
                            : "remote references are off by default; set allowRemoteRefs to fetch it"));
            neutralise(holder, scope);
            return true;
        }
        Optional<Path> target = RefTargets.localFile(scope.file(), ref);
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            problems.atSource(Diagnostic.Severity.ERROR, scope.name(), pointer(tokens, "$ref"), "reference '" + ref
                    + "' names a file that does not exist" + target.map(t -> " (" + t.getFileName() + ")").orElse(""));
            neutralise(holder, scope);
            return false;
        }
        if (checkFile(target.get(), scope)) {
            // The file reaches a refused URL; it has been reported there. Resolving it would fetch.
            neutralise(holder, scope);
            return true;
        }
        return false;
    }

    /** Returns whether a discriminator mapping value may stay. */
    private boolean checkMapping(String value, List<String> tokens, Scope scope) {
        if (value.startsWith("#") || !value.contains("/") && !value.contains("#") && !RefTargets.isRemote(value)) {
            return true; // a local pointer or a bare schema name
        }
        String pointer = pointer(tokens, null);
        if (RefTargets.isRemote(value)) {
            problems.atSource(Diagnostic.Severity.WARNING, scope.name(), pointer, "discriminator mapping '"
                    + RemoteDocuments.display(value) + "' is a remote URL and is ignored" + (allowRemote
                            ? ": contractgen could not resolve it here; please report this with the contract"
                            : "; set allowRemoteRefs to fetch it"));
            return false;
        }
        Optional<Path> target = RefTargets.localFile(scope.file(), value);
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            problems.atSource(Diagnostic.Severity.WARNING, scope.name(), pointer, "discriminator mapping '" + value
                    + "' names a file that does not exist; the entry is ignored");
            return false;
        }
        return true;
    }

    /** Checks a local file the first time it is reached; returns whether it reaches a refused URL. */
    private boolean checkFile(Path target, Scope from) {
        Path key = target.toAbsolutePath().normalize();
        Boolean known = checked.get(key);
        if (known != null) {
            return known;
        }
        checked.put(key, Boolean.FALSE); // cycles between files end here
        String targetName = RefTargets.relativeName(from.file(), from.name(), key);
        Optional<SourceDocument> document = SourceDocument.load(key, targetName, problems);
        if (document.isEmpty()) {
            // Unreadable (reported by the load): swagger-parser must not parse it with its own, laxer parser.
            checked.put(key, Boolean.TRUE);
            return true;
        }
        boolean tainted = walk(document.get().root(), "", new ArrayList<>(),
                new Scope(key, targetName, document.get().root(), false));
        checked.put(key, tainted);
        return tainted;
    }

    /**
     * Follows a reference inside its own file, from {@code start} (where it is written) to
     * {@code target}: it must lead somewhere, and a chain of schemas that only refer to each other must
     * end. swagger-parser only warns about the first and quietly turns the second into "any value", so
     * either would generate code that compiles and means nothing.
     */
    private void checkInternal(ObjectNode holder, String ref, String target, String start, Scope scope) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(start);
        String next = ref;
        while (true) {
            JsonNode node = lookup(scope.root(), target);
            if (node == null) {
                if (next.equals(ref)) { // a later hop that leads nowhere is reported where it is written
                    problems.atSource(lenientRefs ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR,
                            scope.name(), start + "/$ref", "reference '" + ref + "' does not lead anywhere in "
                                    + scope.name() + (lenientRefs ? "; read as any JSON value (lenientRefs is on)"
                                            : "; fix the reference or add what it names"));
                    neutralise(holder, scope);
                }
                return;
            }
            if (scope.settled().contains(target)) {
                return;
            }
            if (!chain.add(target)) {
                if (target.equals(start) && start.equals(chain.stream().sorted().findFirst().orElseThrow())) {
                    reportCycle(holder, chain, start, scope); // once per circle, at its first member
                }
                return;
            }
            JsonNode further = node.isObject() ? node.get("$ref") : null;
            if (further == null || !further.isTextual() || !further.asText().startsWith("#")) {
                scope.settled().addAll(chain);
                return;
            }
            next = further.asText();
            target = RefTargets.fragment(next);
        }
    }

    private void reportCycle(ObjectNode holder, Set<String> chain, String start, Scope scope) {
        StringBuilder circle = new StringBuilder();
        chain.forEach(member -> circle.append('#').append(member).append(" -> "));
        circle.append('#').append(start);
        problems.atSource(Diagnostic.Severity.ERROR, scope.name(), start + "/$ref", "references lead in a circle: "
                + circle + "; make one of them define a schema instead of only referring to another");
        neutralise(holder, scope);
    }

    private static JsonNode lookup(JsonNode root, String pointer) {
        if (root == null) {
            return null;
        }
        try {
            JsonNode node = root.at(JsonPointer.compile(pointer.isEmpty() || pointer.startsWith("/") ? pointer : "/" + pointer));
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null; // not a JSON pointer: it leads nowhere
        }
    }

    private static void neutralise(ObjectNode holder, Scope scope) {
        if (scope.editable()) {
            holder.removeAll(); // an empty schema: "any value"
        }
    }

    private static String pointer(List<String> tokens, String last) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(JsonPointers.escape(token));
        }
        if (last != null) {
            pointer.append('/').append(JsonPointers.escape(last));
        }
        return pointer.toString();
    }
}
