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
 * used and the class path never holds two classes of one name; a copy that differs from the
 * dependency's is reported ({@link ProvidedProtos}). protoc's errors end the step; its warnings join the reader's
 * diagnostics.
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
     * @param dependencies the protos of dependencies, searched after the contracts, in class-path order
     * @param workDirectory scratch space for the well-known types and the descriptor set
     * @param javaOutput where protoc writes the message classes
     * @return the services found and every diagnostic; no files when there are no protos to compile or
     *     when protoc failed
     */
    public ProtoReadResult compile(Path contractsDirectory, List<DependencyProtos.Root> dependencies,
            Path workDirectory, Path javaOutput) throws IOException {
        Objects.requireNonNull(contractsDirectory, "contractsDirectory");
        ProvidedProtos.Split split = ProvidedProtos.split(contractsDirectory, protoFiles(contractsDirectory), dependencies);
        List<String> files = split.compile();
        if (files.isEmpty()) {
            return new ProtoReadResult(List.of(), split.diagnostics());
        }
        List<Path> includes = new ArrayList<>();
        includes.add(contractsDirectory);
        dependencies.forEach(root -> includes.add(root.includeRoot()));
        includes.add(WellKnownProtos.extractTo(workDirectory.resolve("well-known-protos")));
        Path descriptorSet = workDirectory.resolve("descriptors.pb");
        ProtocResult result = protoc.run(new ProtocRequest(includes, files, Optional.of(javaOutput), descriptorSet));
        List<Diagnostic> diagnostics = new ArrayList<>(split.diagnostics());
        diagnostics.addAll(result.diagnostics());
        if (result.hasErrors()) {
            return new ProtoReadResult(List.of(), diagnostics);
        }
        ProtoReadResult read = new ProtoReader().read(descriptorSet, files);
        diagnostics.addAll(read.diagnostics());
        return new ProtoReadResult(read.files(), diagnostics);
    }

    /** Every proto below the contracts directory, relative with {@code /}, sorted. */
    static List<String> protoFiles(Path contractsDirectory) throws IOException {
        if (!Files.isDirectory(contractsDirectory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(contractsDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".proto"))
                    .map(p -> contractsDirectory.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
