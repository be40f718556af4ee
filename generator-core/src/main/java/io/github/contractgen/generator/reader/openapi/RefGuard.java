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
    /** The parsed root of every file checked, for following the references inside it. */
    private final Map<Path, JsonNode> roots = new HashMap<>();
    /** Pointers (with their file) whose chain of references is known to end well: followed once only. */
    private final Set<String> settled = new HashSet<>();

    RefGuard(boolean allowRemote, boolean lenientRefs, Problems problems) {
        this.allowRemote = allowRemote;
        this.lenientRefs = lenientRefs;
        this.problems = problems;
    }

    /** Checks the main document and every local file it reaches; neutralises what must not be resolved. */
    void check(SourceDocument document) {
        checked.put(document.path().toAbsolutePath().normalize(), Boolean.FALSE);
        roots.put(document.path().toAbsolutePath().normalize(), document.root());
        walk(document.root(), "", new ArrayList<>(), document.path(), document.file(), true);
    }

    /** Returns whether the subtree refers (transitively) to a refused remote URL. */
    private boolean walk(JsonNode node, String parentKey, List<String> tokens, Path file, String name,
            boolean editable) {
        boolean tainted = false;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && !NAME_MAPS.contains(parentKey)) {
                return checkRef(object, ref.asText(), tokens, file, name, editable);
            }
            boolean names = NAME_MAPS.contains(parentKey);
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> removed = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (!names && (LITERALS.contains(key) || key.startsWith("x-"))) {
                    continue;
                }
                tokens.add(key);
                if (parentKey.equals("mapping") && field.getValue().isTextual()) {
                    if (!checkMapping(field.getValue().asText(), tokens, file, name)) {
                        removed.add(key);
                    }
                } else if (!(parentKey.equals("examples") && key.equals("value"))) {
                    tainted |= walk(field.getValue(), names ? "" : key, tokens, file, name, editable);
                }
                tokens.remove(tokens.size() - 1);
            }
            if (editable) {
                removed.forEach(object::remove);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tokens.add(Integer.toString(i));
                tainted |= walk(node.get(i), "", tokens, file, name, editable);
                tokens.remove(tokens.size() - 1);
            }
        }
        return tainted;
    }

    private boolean checkRef(ObjectNode holder, String ref, List<String> tokens, Path file, String name,
            boolean editable) {
        String pointer = pointer(tokens, "$ref");
        if (ref.startsWith("#")) {
            checkInternal(holder, ref, pointer(tokens, null), file, name, editable);
            return false;
        }
        if (RefTargets.isRemote(ref)) {
            // With remote references allowed, RemoteRefs has replaced every one it could reach; one left
            // here would make swagger-parser fetch by itself, so it is refused all the same.
            problems.atSource(Diagnostic.Severity.ERROR, name, pointer, "remote reference '"
                    + RemoteDocuments.display(ref) + "' is not fetched: " + (allowRemote
                            ? "contractgen could not resolve it here; please report this with the contract"
                            : "remote references are off by default; set allowRemoteRefs to fetch it"));
            neutralise(holder, editable);
            return true;
        }
        Optional<Path> target = RefTargets.localFile(file, ref);
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            problems.atSource(Diagnostic.Severity.ERROR, name, pointer, "reference '" + ref
                    + "' names a file that does not exist" + target.map(t -> " (" + t.getFileName() + ")").orElse(""));
            neutralise(holder, editable);
            return false;
        }
        if (checkFile(target.get(), file, name)) {
            // The file reaches a refused URL; it has been reported there. Resolving it would fetch.
            neutralise(holder, editable);
            return true;
        }
        return false;
    }

    /** Returns whether a discriminator mapping value may stay. */
    private boolean checkMapping(String value, List<String> tokens, Path file, String name) {
        if (value.startsWith("#") || !value.contains("/") && !value.contains("#") && !RefTargets.isRemote(value)) {
            return true; // a local pointer or a bare schema name
        }
        String pointer = pointer(tokens, null);
        if (RefTargets.isRemote(value)) {
            problems.atSource(Diagnostic.Severity.WARNING, name, pointer, "discriminator mapping '"
                    + RemoteDocuments.display(value) + "' is a remote URL and is ignored" + (allowRemote
                            ? ": contractgen could not resolve it here; please report this with the contract"
                            : "; set allowRemoteRefs to fetch it"));
            return false;
        }
        Optional<Path> target = RefTargets.localFile(file, value);
        if (target.isEmpty() || !Files.isRegularFile(target.get())) {
            problems.atSource(Diagnostic.Severity.WARNING, name, pointer, "discriminator mapping '" + value
                    + "' names a file that does not exist; the entry is ignored");
            return false;
        }
        return true;
    }

    /** Checks a local file the first time it is reached; returns whether it reaches a refused URL. */
    private boolean checkFile(Path target, Path from, String fromName) {
        Path key = target.toAbsolutePath().normalize();
        Boolean known = checked.get(key);
        if (known != null) {
            return known;
        }
        checked.put(key, Boolean.FALSE); // cycles between files end here
        String targetName = RefTargets.relativeName(from, fromName, key);
        Optional<SourceDocument> document = SourceDocument.load(key, targetName, problems);
        if (document.isEmpty()) {
            // Unreadable (reported by the load): swagger-parser must not parse it with its own, laxer parser.
            checked.put(key, Boolean.TRUE);
            return true;
        }
        roots.put(key, document.get().root());
        boolean tainted = walk(document.get().root(), "", new ArrayList<>(), key, targetName, false);
        checked.put(key, tainted);
        return tainted;
    }

    /**
     * Follows a reference inside its own file: it must lead somewhere, and a chain of schemas that only
     * refer to each other must end. swagger-parser only warns about the first and quietly turns the
     * second into "any value", so either would generate code that compiles and means nothing.
     */
    private void checkInternal(ObjectNode holder, String ref, String start, Path file, String name, boolean editable) {
        JsonNode root = roots.get(file.toAbsolutePath().normalize());
        Set<String> chain = new LinkedHashSet<>();
        chain.add(start);
        String next = ref;
        while (true) {
            String target = RefTargets.fragment(next);
            JsonNode node = lookup(root, target);
            if (node == null) {
                if (next.equals(ref)) { // a later hop that leads nowhere is reported where it is written
                    problems.atSource(lenientRefs ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR, name,
                            start + "/$ref", "reference '" + ref + "' does not lead anywhere in " + name
                                    + (lenientRefs ? "; read as any JSON value (lenientRefs is on)"
                                            : "; fix the reference or add what it names"));
                    neutralise(holder, editable);
                }
                return;
            }
            if (settled.contains(file + "#" + target)) {
                return;
            }
            if (!chain.add(target)) {
                if (target.equals(start) && start.equals(chain.stream().sorted().findFirst().orElseThrow())) {
                    reportCycle(holder, chain, start, name, editable); // once per circle, at its first member
                }
                return;
            }
            JsonNode further = node.isObject() ? node.get("$ref") : null;
            if (further == null || !further.isTextual() || !further.asText().startsWith("#")) {
                chain.forEach(member -> settled.add(file + "#" + member));
                return;
            }
            next = further.asText();
        }
    }

    private void reportCycle(ObjectNode holder, Set<String> chain, String start, String name, boolean editable) {
        StringBuilder circle = new StringBuilder();
        chain.forEach(member -> circle.append('#').append(member).append(" -> "));
        circle.append('#').append(start);
        problems.atSource(Diagnostic.Severity.ERROR, name, start + "/$ref", "references lead in a circle: " + circle
                + "; make one of them define a schema instead of only referring to another");
        neutralise(holder, editable);
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

    private static void neutralise(ObjectNode holder, boolean editable) {
        if (editable) {
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
