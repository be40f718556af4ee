package io.github.contractgen.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project laid out like a Maven one in a temporary directory, with helpers to look at its output. */
final class TestProject {

    /** A time far from now, set on output files to see whether a run touched them. */
    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    final Path root;
    final Path contracts;
    final Path output;
    final Path work;

    TestProject(Path root) {
        this.root = root;
        this.contracts = root.resolve("src/main/contracts");
        this.output = root.resolve("target/generated-sources/contractgen");
        this.work = root.resolve("target/contractgen");
    }

    GenerationRequest.Builder request() {
        return GenerationRequest.builder()
                .contractsDirectory(contracts)
                .outputDirectory(output)
                .workDirectory(work)
                .projectDirectory(root)
                .basePackage("com.example")
                .generatorVersion("1.0-test");
    }

    TestProject write(String path, String content) throws IOException {
        Path file = contracts.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    String read(String outputPath) throws IOException {
        return Files.readString(output.resolve(outputPath), StandardCharsets.UTF_8);
    }

    /** Every file below the output directory with its content, for comparing a whole tree. */
    Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(output)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(ContractFiles.relativePath(output, file), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * Every file below the output directory with its bytes (Base64, so that a difference shows in an
     * assertion), for proving a failed run changed nothing at all.
     */
    Map<String, String> byteSnapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(output)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(ContractFiles.relativePath(output, file),
                        Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /** Sets every output file's modification time to {@link #OLD}. */
    void ageOutput() throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    /** The output files whose modification time is no longer {@link #OLD}. */
    Map<String, Boolean> touched() throws IOException {
        Map<String, Boolean> touched = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(file).equals(OLD)) {
                    touched.put(ContractFiles.relativePath(output, file), true);
                }
            }
        }
        return touched;
    }

    static boolean sameBytes(Path a, Path b) throws IOException {
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
