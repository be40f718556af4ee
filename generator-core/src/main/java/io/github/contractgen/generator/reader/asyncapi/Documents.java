package io.github.contractgen.generator.reader.asyncapi;

import com.fasterxml.jackson.core.JsonPointer;
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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code $ref}s on the parsed trees: references inside a document and to other local files
 * (each read and parsed once); remote ones are refused with a located error unless remote references
 * are allowed, and are then fetched over http(s) ({@link RemoteDocuments}: size limit, timeouts, TLS
 * verified), each once, with the references inside a fetched document resolved against its URL.
 * AsyncAPI parsers do not resolve references, so this is done here, lazily: only what the generator
 * needs is followed, so a reference to a Markdown description or an Avro schema that is never read
 * costs nothing.
 */
final class Documents {

    private static final int MAX_HOPS = 32;

    private final Problems problems;
    private final boolean allowRemote;
    private final Map<Path, Optional<SourceDocument>> loaded = new HashMap<>();
    private final Map<URI, Optional<SourceDocument>> fetched = new HashMap<>();
    /** The URL of every fetched document, by identity: relative references inside it lead there too. */
    private final Map<SourceDocument, URI> urls = new IdentityHashMap<>();
    private RemoteDocuments remote;

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
        } else if (RefTargets.isRemote(ref) || urls.containsKey(from.document())) {
            if (!allowRemote) {
                report(Diagnostic.Severity.ERROR, at, "remote reference '" + RemoteDocuments.display(ref)
                        + "' is not fetched: remote references are off by default; set allowRemoteRefs to fetch it");
                return Optional.empty();
            }
            Optional<SourceDocument> fetchedDocument = fetch(from, ref);
            if (fetchedDocument.isEmpty()) {
                return Optional.empty();
            }
            document = fetchedDocument.get();
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

    /** The document a remote reference (or a relative one inside a fetched document) names, fetched once. */
    private Optional<SourceDocument> fetch(Located from, String ref) {
        URI url;
        try {
            URI base = urls.get(from.document());
            String target = (base == null ? new URI(ref) : base.resolve(new URI(ref))).toString();
            url = new URI(target.indexOf('#') < 0 ? target : target.substring(0, target.indexOf('#')));
        } catch (URISyntaxException | IllegalArgumentException e) {
            report(Diagnostic.Severity.ERROR, from.get("$ref"),
                    "reference '" + RemoteDocuments.display(ref) + "' is not a valid URL");
            return Optional.empty();
        }
        if (fetched.containsKey(url)) {
            return fetched.get(url);
        }
        Optional<SourceDocument> document;
        URI base = url;
        try {
            if (remote == null) {
                remote = new RemoteDocuments();
            }
            RemoteDocuments.Fetched fetchedDocument = remote.fetchDocument(url);
            base = fetchedDocument.uri(); // after redirects: where relative references inside lead from
            document = SourceDocument.parse(remotePath(url), displayName(url), fetchedDocument.bytes(),
                    problems);
        } catch (RemoteDocuments.FetchException e) {
            report(Diagnostic.Severity.ERROR, from.get("$ref"), "remote reference '" + RemoteDocuments.display(ref)
                    + "' could not be fetched from " + displayName(url) + ": " + e.getMessage());
            document = Optional.empty();
        }
        fetched.put(url, document);
        URI documentBase = base;
        document.ifPresent(found -> urls.put(found, documentBase));
        return document;
    }

    /** The URL as diagnostics name it: without user information or query, which may hold secrets. */
    private static String displayName(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /**
     * A stand-in path for a fetched document: it names the document in identities and gives imported
     * schemas their file name, and is never read.
     */
    private static Path remotePath(URI url) {
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/document" : url.getPath();
        return Path.of("/", "remote", (url.getHost() + "_" + url.getPort()).replaceAll("[^A-Za-z0-9_.-]", "_"))
                .resolve(path.substring(1).isEmpty() ? "document" : path.substring(1)).normalize();
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
