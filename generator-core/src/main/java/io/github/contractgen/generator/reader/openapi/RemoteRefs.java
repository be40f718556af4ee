package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.contractgen.generator.reader.openapi.RefSources.RefDocument;
import io.github.contractgen.generator.reader.source.JsonPointers;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RefTargets;
import io.github.contractgen.generator.reader.source.RemoteDocuments;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Resolves the remote {@code $ref}s of an OpenAPI contract (when remote references are allowed) in its
 * parsed tree, before swagger-parser sees it, so that swagger-parser never meets a URL.
 *
 * <p>Why in the tree: swagger-parser fetches by itself through its static {@code RemoteUrl} (no size
 * limit, its own timeouts and redirect rules), and 2.1.48 has no hook to replace it: the resolver builds
 * its {@code ResolverCache} internally, and {@code AuthorizationValue}s only add headers. Pre-filling
 * that cache would depend on its key format and would not cover the 2.0 resolver. Bundling here works
 * for 2.0 and 3.x alike, and every fetch goes through {@link RemoteDocuments}.
 *
 * <p>What it does: a schema that a remote reference names (or a local file that reaches a remote URL)
 * is copied into the contract's {@code components/schemas} (2.0: {@code definitions}) under the name
 * swagger-parser would give it (its last pointer token, or the file name), and the reference is
 * rewritten to point there. References inside a copied schema are resolved against the document it came
 * from (relative ones against its URL) and imported the same way, each once, so cycles across documents
 * end in internal references. Anything else a remote reference names (a parameter, a response, a path
 * item) is copied in place of the reference. A reference that cannot be followed is reported where it
 * is written and replaced by an empty schema.
 */
final class RemoteRefs {

    /** How many references in a row may be copied in place before it counts as a circle. */
    private static final int MAX_INLINE_DEPTH = 32;
    /** How a value is reached ({@code key}, {@code map/*}, {@code array[]}) when it is a schema. */
    private static final Set<String> SCHEMA_SLOTS = Set.of(
            "schema", "items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames",
            "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema", "allOf[]", "anyOf[]",
            "oneOf[]", "prefixItems[]", "items[]", "properties/*", "patternProperties/*", "$defs/*",
            "definitions/*", "schemas/*", "dependentSchemas/*");
    private static final Pattern NAMED_SCHEMA = Pattern.compile("^/(components/schemas|definitions)/[^/]+$");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private record Target(RefDocument document, String pointer, JsonNode node) {}

    private record Pending(Target target, String name) {}

    private final RefSources sources;
    private final RefDocument main;
    private final String schemasPointer;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> importedNames = new HashMap<>();
    private final Map<String, JsonNode> imported = new LinkedHashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int inlineDepth;

    private RemoteRefs(SourceDocument main, Problems problems, Supplier<RemoteDocuments> remote) {
        this.sources = new RefSources(main, problems, remote);
        this.main = sources.main();
        this.schemasPointer = main.isSwagger2() ? "/definitions" : "/components/schemas";
        schemas(false).ifPresent(existing -> existing.fieldNames().forEachRemaining(taken::add));
    }

    /** Resolves the remote references of {@code main}, changing its tree; fetches with {@code remote}'s. */
    static void resolve(SourceDocument main, Problems problems, Supplier<RemoteDocuments> remote) {
        new RemoteRefs(main, problems, remote).run();
    }

    private void run() {
        walk(main.source().root(), "", main, new ArrayList<>());
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            JsonNode copy = next.target().node().deepCopy();
            walk(copy, "schemas/*", next.target().document(), JsonPointers.tokens(next.target().pointer()));
            imported.put(next.name(), copy);
        }
        if (!imported.isEmpty()) {
            schemas(true).orElseThrow().setAll(imported);
        }
    }

    private void walk(JsonNode node, String slot, RefDocument document, List<String> tokens) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tokens.add(Integer.toString(i));
                walk(node.get(i), slot + "[]", document, tokens);
                tokens.remove(tokens.size() - 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        boolean names = RefGuard.NAME_MAPS.contains(slot);
        JsonNode ref = object.get("$ref");
        if (!names && ref != null && ref.isTextual()) {
            reference(object, ref.asText(), slot, document, tokens);
            return;
        }
        for (String key : fieldNames(object)) {
            JsonNode value = object.get(key);
            tokens.add(key);
            if (slot.equals("mapping") && value.isTextual()) {
                mapping(object, key, value.asText(), document, tokens);
            } else if (names || !RefGuard.LITERALS.contains(key) && !key.startsWith("x-") && !key.equals("examples")) {
                // Examples are data (and ExampleStripper drops them): a "$ref" in one is never fetched.
                walk(value, names ? slot + "/*" : key, document, tokens);
            }
            tokens.remove(tokens.size() - 1);
        }
    }

    private void reference(ObjectNode holder, String ref, String slot, RefDocument document, List<String> tokens) {
        String at = pointer(tokens) + "/$ref";
        if (document == main && !viaUs(ref)) {
            return; // internal, or a local file swagger-parser reads without reaching the network
        }
        Optional<Target> target = target(document, ref, at);
        if (target.isEmpty()) {
            holder.removeAll(); // reported; an empty schema ("any value") so that reading goes on
        } else if (target.get().document() == main) {
            holder.put("$ref", "#" + target.get().pointer());
        } else if (SCHEMA_SLOTS.contains(slot) || NAMED_SCHEMA.matcher(target.get().pointer()).matches()) {
            holder.put("$ref", "#" + schemasPointer + "/" + JsonPointers.escape(importName(target.get())));
        } else {
            inline(holder, target.get(), slot, at);
        }
    }

    /** Whether a reference in the contract itself is resolved here rather than by swagger-parser. */
    private boolean viaUs(String ref) {
        if (ref.startsWith("#")) {
            return false;
        }
        if (RefTargets.isRemote(ref)) {
            return true;
        }
        return RefTargets.localFile(main.source().path(), ref).filter(Files::isRegularFile)
                .map(sources::reachesRemote).orElse(false);
    }

    /** Copies what {@code target} names in place of the reference (siblings of {@code $ref} stay). */
    private void inline(ObjectNode holder, Target target, String slot, String at) {
        if (!target.node().isObject()) {
            sources.report(target.document(), at, "reference leads to a value that is not an object");
            holder.removeAll();
            return;
        }
        if (inlineDepth >= MAX_INLINE_DEPTH) {
            sources.report(target.document(), at, "references lead in a circle or a chain of more than "
                    + MAX_INLINE_DEPTH + " documents; resolve the cycle");
            holder.removeAll();
            return;
        }
        ObjectNode copy = target.node().deepCopy();
        inlineDepth++;
        walk(copy, slot, target.document(), JsonPointers.tokens(target.pointer()));
        inlineDepth--;
        holder.remove("$ref");
        holder.setAll(copy);
    }

    /** A discriminator mapping value: a reference, or in a fetched document a schema name of that document. */
    private void mapping(ObjectNode map, String key, String value, RefDocument document, List<String> tokens) {
        boolean reference = value.startsWith("#") || value.contains("/") || RefTargets.isRemote(value);
        if (document == main && !(reference && viaUs(value))) {
            return;
        }
        String ref = reference ? value
                : "#" + (document.source().isSwagger2() ? "/definitions/" : "/components/schemas/") + value;
        Optional<Target> target = target(document, ref, pointer(tokens));
        if (target.isEmpty()) {
            map.remove(key);
        } else if (target.get().document() == main) {
            map.put(key, "#" + target.get().pointer());
        } else {
            map.put(key, "#" + schemasPointer + "/" + JsonPointers.escape(importName(target.get())));
        }
    }

    private Optional<Target> target(RefDocument from, String ref, String at) {
        Optional<RefDocument> document = sources.document(from, ref, at);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String pointer = RefTargets.fragment(ref);
        JsonNode node = lookup(document.get().source().root(), pointer);
        if (node == null) {
            sources.report(from, at, "reference '" + RemoteDocuments.display(ref) + "' does not lead anywhere in "
                    + document.get().name());
            return Optional.empty();
        }
        return Optional.of(new Target(document.get(), pointer.isEmpty() ? "" : "/" + stripSlash(pointer), node));
    }

    /** The name a schema is imported under, reserving it (and queueing the copy) the first time. */
    private String importName(Target target) {
        String key = target.document().key() + "#" + target.pointer();
        String known = importedNames.get(key);
        if (known != null) {
            return known;
        }
        List<String> tokens = JsonPointers.tokens(target.pointer());
        String base = NOT_A_NAME.matcher(tokens.isEmpty() ? fileName(target.document()) : tokens.get(tokens.size() - 1))
                .replaceAll("_");
        String name = base.isEmpty() ? "Remote" : base;
        for (int i = 1; taken.contains(name); i++) {
            name = (base.isEmpty() ? "Remote" : base) + "_" + i;
        }
        taken.add(name);
        importedNames.put(key, name);
        imported.put(name, null); // keeps the order of first use; filled when the copy is resolved
        pending.add(new Pending(target, name));
        return name;
    }

    private static String fileName(RefDocument document) {
        // A fetched document is named after the URL the contract wrote, wherever a redirect led.
        String path = document.remote() ? URI.create(document.key()).getPath() : document.source().path().toString();
        String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private Optional<ObjectNode> schemas(boolean create) {
        ObjectNode node = main.source().root();
        for (String token : JsonPointers.tokens(schemasPointer)) {
            JsonNode child = node.get(token);
            if (child == null && create) {
                child = node.putObject(token);
            }
            if (child == null || !child.isObject()) {
                return Optional.empty();
            }
            node = (ObjectNode) child;
        }
        return Optional.of(node);
    }

    private static JsonNode lookup(JsonNode root, String pointer) {
        try {
            JsonNode node = root.at(JsonPointer.compile(pointer.isEmpty() ? "" : "/" + stripSlash(pointer)));
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException e) {
            return null; // not a JSON pointer: it leads nowhere
        }
    }

    private static String stripSlash(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1) : pointer;
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String pointer(List<String> tokens) {
        StringBuilder pointer = new StringBuilder();
        tokens.forEach(token -> pointer.append('/').append(JsonPointers.escape(token)));
        return pointer.toString();
    }
}
