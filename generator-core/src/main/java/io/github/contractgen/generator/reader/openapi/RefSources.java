package io.github.contractgen.generator.reader.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RefTargets;
import io.github.contractgen.generator.reader.source.RemoteDocuments;
import io.github.contractgen.generator.reader.source.SourceDocument;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The documents that {@link RemoteRefs} resolves references in: the contract, local files and fetched
 * ones, each read once. Fetching goes through {@link RemoteDocuments} only (its size limit, timeouts
 * and TLS checks), and a fetched document may refer to http(s) documents only, never to a local file.
 */
final class RefSources {

    /** A hostile server could answer every document with a reference to yet another one. */
    static final int MAX_FETCHED = 256;

    /**
     * One document references are resolved in.
     *
     * @param source the parsed document
     * @param url where it was read from in the end (after redirects); {@code null} for a local file
     * @param key what identifies it: the URL it was asked for, without fragment, or its absolute path
     */
    record RefDocument(SourceDocument source, URI url, String key) {
        boolean remote() {
            return url != null;
        }

        String name() {
            return source.file();
        }
    }

    private final RefDocument main;
    private final Problems problems;
    private final Supplier<RemoteDocuments> remoteFactory;
    private final Map<String, Optional<RefDocument>> documents = new HashMap<>();
    /** The references written in each local file, for {@link #reachesRemote}. */
    private final Map<Path, List<String>> localRefs = new HashMap<>();
    private RemoteDocuments remote;
    private int fetchedCount;

    RefSources(SourceDocument main, Problems problems, Supplier<RemoteDocuments> remoteFactory) {
        Path path = main.path().toAbsolutePath().normalize();
        this.main = new RefDocument(main, null, path.toString());
        this.problems = problems;
        this.remoteFactory = remoteFactory;
        documents.put(this.main.key(), Optional.of(this.main));
    }

    RefDocument main() {
        return main;
    }

    /**
     * The document that {@code ref}, written in {@code from} at {@code at} (a pointer to the
     * {@code $ref}), names; empty with the problem reported there when it cannot be read.
     */
    Optional<RefDocument> document(RefDocument from, String ref, String at) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        if (location.isEmpty()) {
            return Optional.of(from);
        }
        return from.remote() || RefTargets.isRemote(location) ? fetched(from, ref, location, at) : local(from, ref, at);
    }

    private Optional<RefDocument> fetched(RefDocument from, String ref, String location, String at) {
        URI url;
        try {
            url = from.remote() ? from.url().resolve(new URI(location)) : new URI(location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            report(from, at, "reference '" + RemoteDocuments.display(ref) + "' is not a valid URL");
            return Optional.empty();
        }
        String key = url.toString();
        Optional<RefDocument> known = documents.get(key);
        if (known != null) {
            return known;
        }
        Optional<RefDocument> document = Optional.empty();
        if (++fetchedCount > MAX_FETCHED) {
            report(from, at, "remote reference '" + RemoteDocuments.display(ref) + "' is not fetched: the contract"
                    + " reaches more than " + MAX_FETCHED + " remote documents, the most contractgen fetches");
        } else {
            document = fetch(from, ref, url, at);
        }
        documents.put(key, document);
        // A reference back to where a redirect led is the same document, not a second copy.
        document.ifPresent(fetched -> documents.putIfAbsent(fetched.url().toString(), Optional.of(fetched)));
        return document;
    }

    private Optional<RefDocument> fetch(RefDocument from, String ref, URI url, String at) {
        String shown = RemoteDocuments.display(url.toString());
        try {
            if (remote == null) {
                remote = remoteFactory.get();
            }
            RemoteDocuments.Fetched fetched = remote.fetchDocument(url);
            // Named by the URL the contract wrote; relative references inside lead from where it was read.
            return SourceDocument.parse(remotePath(url), shown, fetched.bytes(), problems)
                    .map(source -> new RefDocument(source, fetched.uri(), url.toString()));
        } catch (RemoteDocuments.FetchException e) {
            report(from, at, "remote reference '" + RemoteDocuments.display(ref) + "' could not be fetched from "
                    + shown + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<RefDocument> local(RefDocument from, String ref, String at) {
        Optional<Path> path = RefTargets.localFile(from.source().path(), ref);
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            report(from, at, "reference '" + ref + "' names a file that does not exist");
            return Optional.empty();
        }
        Path file = path.get().toAbsolutePath().normalize();
        Optional<RefDocument> known = documents.get(file.toString());
        if (known != null) {
            return known;
        }
        String name = RefTargets.relativeName(from.source().path(), from.name(), file);
        Optional<RefDocument> document = SourceDocument.load(file, name, problems)
                .map(source -> new RefDocument(source, null, file.toString()));
        documents.put(file.toString(), document);
        return document;
    }

    /**
     * Whether the local {@code file} refers, directly or through other local files, to a remote URL: such
     * a file is resolved here, since swagger-parser would read it from disk and fetch by itself.
     */
    boolean reachesRemote(Path file) {
        Deque<Path> todo = new ArrayDeque<>(List.of(file.toAbsolutePath().normalize()));
        Set<Path> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Path next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            for (String ref : refsIn(next)) {
                if (RefTargets.isRemote(ref)) {
                    return true;
                }
                if (!ref.startsWith("#")) {
                    RefTargets.localFile(next, ref).filter(Files::isRegularFile)
                            .ifPresent(target -> todo.push(target.toAbsolutePath().normalize()));
                }
            }
        }
        return false;
    }

    private List<String> refsIn(Path file) {
        return localRefs.computeIfAbsent(file, key -> {
            List<String> refs = new ArrayList<>();
            // Problems with the file itself are reported by RefGuard, which reads it under its own name.
            SourceDocument.load(key, key.toString(), new Problems(key.toString()))
                    .ifPresent(document -> collect(document.root(), "", refs));
            return refs;
        });
    }

    /** Every {@code $ref} and discriminator mapping value, skipping literal data as {@link RefGuard} does. */
    private static void collect(JsonNode node, String parentKey, List<String> refs) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, "", refs));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean names = RefGuard.NAME_MAPS.contains(parentKey);
        JsonNode ref = node.get("$ref");
        if (!names && ref != null && ref.isTextual()) {
            refs.add(ref.asText());
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (parentKey.equals("mapping") && field.getValue().isTextual()) {
                refs.add(field.getValue().asText());
            } else if (names || !RefGuard.LITERALS.contains(key) && !key.startsWith("x-") && !key.equals("examples")) {
                collect(field.getValue(), names ? "" : key, refs);
            }
        }
    }

    /** An error at {@code pointer} in {@code document}, naming the contract when it is another file. */
    void report(RefDocument document, String pointer, String message) {
        String where = document == main ? "" : " (reached from " + main.name() + ")";
        problems.atSource(Diagnostic.Severity.ERROR, document.name(), pointer, message + where);
    }

    /** A stand-in path for a fetched document: it names it in identities and is never read. */
    private static Path remotePath(URI url) {
        String path = url.getPath() == null || url.getPath().length() <= 1 ? "/document" : url.getPath();
        return Path.of("/", "remote", (url.getHost() + "_" + url.getPort()).replaceAll("[^A-Za-z0-9_.-]", "_"))
                .resolve(path.substring(1)).normalize();
    }
}
