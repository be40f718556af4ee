package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.GrpcEmitter;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.reader.proto.DependencyProtos;
import io.github.contractgen.generator.reader.proto.ProtoCompilation;
import io.github.contractgen.generator.reader.proto.ProtoReadResult;
import io.github.contractgen.generator.reader.proto.ProtocRunner;
import io.github.contractgen.generator.reader.proto.ProtocVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code .proto} contracts of a run: protoc once for all of them, its message classes, and the
 * files read into the model for the gRPC emitter.
 *
 * <p>Unlike the other kinds, protos are not read one by one: protoc resolves imports across files and
 * must see them together. Its Java output goes to a scratch directory below the work directory, cleared
 * first, and comes back as bytes, so it is swapped into the output with everything else, all or
 * nothing. protoc writes the same bytes for the same input and version, so the output stays
 * deterministic; the fingerprint covers protoc's version for that reason.
 */
final class ProtoStage {

    /** What {@link #run} found: one contract per proto file, the files, protoc's sources and every problem. */
    record Result(List<Contract> contracts, List<ProtoFile> files, SortedMap<String, byte[]> messageSources,
            List<Diagnostic> diagnostics) {

        boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final GrpcEmitter emitter;

    ProtoStage(GrpcEmitter emitter) {
        this.emitter = Objects.requireNonNull(emitter, "emitter");
    }

    GrpcEmitter emitter() {
        return emitter;
    }

    /** The message of the diagnostic for proto contracts without a protoc to compile them. */
    static String noProtoc() {
        return ".proto contracts need protoc, and none is configured: the Maven plugin resolves"
                + " com.google.protobuf:protoc for this platform by itself (set <protocVersion> to choose the version),"
                + " or point <protocExecutable> (-Dcontractgen.protocExecutable) at a local protoc;"
                + " other callers set GenerationRequest.protocExecutable";
    }

    /**
     * Why protoc (its identity, {@code libprotoc 36.2}) does not fit the protobuf-java the code will be
     * compiled against, or empty when it does or either version is unknown. Checked before protoc runs,
     * so a mismatch fails with both versions named instead of with javac errors in protoc's output.
     */
    static Optional<String> mismatch(String protocIdentity, Optional<String> protobufJavaVersion) {
        Optional<String> protoc = ProtocVersion.parse(protocIdentity);
        if (protoc.isEmpty() || protobufJavaVersion.isEmpty()) {
            return Optional.empty();
        }
        return ProtocVersion.mismatch(protoc.get(), protobufJavaVersion.get());
    }

    /** What identifies the protoc for the fingerprint: its version line ({@code libprotoc 36.2}). */
    static String identity(Path protoc) throws IOException {
        return "libprotoc " + new ProtocRunner(protoc).version();
    }

    /**
     * Where the protos of the project's dependencies are unpacked: beside, not inside, the scratch
     * directory that every run clears, so that an unchanged jar is not unpacked again.
     */
    static Path dependencyCache(GenerationRequest request) {
        return request.workDirectory().resolve("proto-dependencies");
    }

    /**
     * Compiles every proto of the contracts directory, importing from {@code dependencies} (see
     * {@link DependencyProtos#unpack}); an error from protoc fails the result.
     */
    Result run(GenerationRequest request, Path protoc, List<DependencyProtos.Root> dependencies) throws IOException {
        Path work = request.workDirectory().resolve("proto");
        OutputWriter.deleteTree(work);
        Path javaOutput = work.resolve("java");
        ProtoReadResult read = new ProtoCompilation(new ProtocRunner(protoc))
                .compile(request.contractsDirectory(), dependencies, work, javaOutput);
        List<Contract> contracts = read.files().stream()
                .map(file -> new Contract(file.path(), ContractKind.PROTO,
                        file.edition().isEmpty() ? file.syntax() : file.edition(), List.of()))
                .toList();
        SortedMap<String, byte[]> sources = read.hasErrors() ? new TreeMap<>() : sources(javaOutput);
        return new Result(contracts, read.files(), sources, read.diagnostics());
    }

    private static SortedMap<String, byte[]> sources(Path root) throws IOException {
        SortedMap<String, byte[]> sources = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return sources;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sources.put(ContractFiles.relativePath(root, file), Files.readAllBytes(file));
            }
        }
        return sources;
    }
}
