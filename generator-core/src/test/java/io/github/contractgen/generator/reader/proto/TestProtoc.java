package io.github.contractgen.generator.reader.proto;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The protoc that Maven copied into target/ for the tests, and the inputs the tests give it. */
public final class TestProtoc {

    private TestProtoc() {}

    /** The executable from the surefire property, made executable (Maven copies it without the bit). */
    public static Path executable() {
        String property = System.getProperty("contractgen.protoc");
        if (property == null || property.isEmpty()) {
            throw new IllegalStateException("system property contractgen.protoc is not set: run the tests through Maven");
        }
        Path protoc = Path.of(property);
        if (!Files.isRegularFile(protoc)) {
            throw new IllegalStateException(protoc + " does not exist: the generate-test-resources phase copies it");
        }
        if (!Files.isExecutable(protoc) && !protoc.toFile().setExecutable(true)) {
            throw new IllegalStateException("cannot make " + protoc + " executable");
        }
        return protoc;
    }

    public static ProtocRunner runner() {
        return new ProtocRunner(executable());
    }

    /** The root of this module's test protos (target/test-classes/proto). */
    public static Path testProtos() {
        try {
            return Path.of(TestProtoc.class.getResource("/proto").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles {@code files} below {@code root} with the well-known types, into {@code work}. */
    public static ProtocResult compile(Path root, List<String> files, Path work) throws IOException {
        Path wellKnown = WellKnownProtos.extractTo(work.resolve("wkt"));
        ProtocRequest request = new ProtocRequest(List.of(root, wellKnown), files,
                Optional.of(work.resolve("java")), work.resolve("descriptors.pb"));
        return runner().run(request);
    }

    /** The repository root, from the surefire property. */
    public static Path projectRoot() {
        String property = System.getProperty("contractgen.projectRoot");
        if (property == null || property.isEmpty()) {
            throw new IllegalStateException("system property contractgen.projectRoot is not set: run the tests through Maven");
        }
        return Path.of(property).toAbsolutePath().normalize();
    }

    /**
     * The shared proto corpus: {@code shared/corpus/proto} beside the repository or beside one of its
     * parents (a git worktree sits one level deeper than the main checkout); empty when there is none.
     */
    public static Optional<Path> corpus() {
        for (Path dir = projectRoot().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/proto");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
