package io.github.contractgen.generator.reader.proto;

import io.github.contractgen.generator.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every {@code .proto} of a contracts directory through protoc and the proto reader: the step the plugin
 * runs for gRPC, without Maven.
 *
 * <p>Only files below the contracts directory are compiled. Protos from dependency jars (unpacked by the
 * caller, see {@link DependencyProtos}) and the well-known types are on the include path for imports,
 * but their classes come from those jars and from protobuf-java. A contracts folder's own copy of such
 * a file ({@code google/protobuf/timestamp.proto}, {@code google/api/annotations.proto} when the project
 * depends on proto-google-common-protos) is not compiled either, so the dependency's class is the one
 * used and the class path never holds two classes of one name. protoc's errors end the step; its
 * warnings join the reader's diagnostics.
 */
public final class ProtoCompilation {

    private final ProtocRunner protoc;

    public ProtoCompilation(ProtocRunner protoc) {
        this.protoc = Objects.requireNonNull(protoc, "protoc");
    }

    /**
     * Compiles the contracts.
     *
     * @param contractsDirectory where the contracts are; diagnostics name files relative to it
     * @param dependencyIncludes directories of protos from dependencies, searched after the contracts
     * @param workDirectory scratch space for the well-known types and the descriptor set
     * @param javaOutput where protoc writes the message classes
     * @return the services found and every diagnostic; no files when there are no protos or protoc failed
     */
    public ProtoReadResult compile(Path contractsDirectory, List<Path> dependencyIncludes, Path workDirectory,
            Path javaOutput) throws IOException {
        List<String> files = protoFiles(Objects.requireNonNull(contractsDirectory, "contractsDirectory"), dependencyIncludes);
        if (files.isEmpty()) {
            return new ProtoReadResult(List.of(), List.of());
        }
        List<Path> includes = new ArrayList<>();
        includes.add(contractsDirectory);
        includes.addAll(dependencyIncludes);
        includes.add(WellKnownProtos.extractTo(workDirectory.resolve("well-known-protos")));
        Path descriptorSet = workDirectory.resolve("descriptors.pb");
        ProtocResult result = protoc.run(new ProtocRequest(includes, files, Optional.of(javaOutput), descriptorSet));
        if (result.hasErrors()) {
            return new ProtoReadResult(List.of(), result.diagnostics());
        }
        ProtoReadResult read = new ProtoReader().read(descriptorSet, files);
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(read.diagnostics());
        return new ProtoReadResult(read.files(), diagnostics);
    }

    /**
     * The contracts' protos, relative with {@code /}, sorted, without copies of the well-known types and
     * of files that a dependency provides.
     */
    static List<String> protoFiles(Path contractsDirectory, List<Path> dependencyIncludes) throws IOException {
        if (!Files.isDirectory(contractsDirectory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(contractsDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".proto"))
                    .map(p -> contractsDirectory.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !WellKnownProtos.isWellKnown(name))
                    .filter(name -> dependencyIncludes.stream().noneMatch(root -> Files.isRegularFile(root.resolve(name))))
                    .sorted()
                    .toList();
        }
    }
}
