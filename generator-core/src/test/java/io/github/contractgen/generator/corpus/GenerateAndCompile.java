package io.github.contractgen.generator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.Generator;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the standard generator on one contract, alone in a directory of its own, and compiles what it
 * wrote; fails with the generator's diagnostics or the first compile errors.
 */
public final class GenerateAndCompile {

    private GenerateAndCompile() {}

    /**
     * @param contract the contract file, copied below {@code work}
     * @param work an empty scratch directory
     * @return the compilation, successful, with the generated sources by path
     */
    static InMemoryCompiler.Compilation run(Path contract, Path work) throws IOException {
        return run(contract, work, List.of());
    }

    /**
     * Like {@link #run(Path, Path)}, with more javac options ({@code -parameters} for a test that reads
     * parameter names by reflection).
     */
    public static InMemoryCompiler.Compilation run(Path contract, Path work, List<String> javacOptions) throws IOException {
        String name = contract.getFileName().toString();
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Files.copy(contract, contracts.resolve(name));
        Path out = work.resolve("out");
        GenerationRequest request = GenerationRequest.builder().contractsDirectory(contracts)
                .outputDirectory(out).workDirectory(work.resolve("work")).basePackage("corpus").build();

        GenerationResult result = Generator.standard().generate(request);

        assertThat(result.status()).as("%s: %s", result.summary(), result.diagnostics())
                .isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.put(out.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compileSources(sources, javacOptions);
        List<String> errors = compiled.errors();
        assertThat(compiled.success()).as("%s: %d errors, the first:\n%s", name, errors.size(),
                errors.stream().limit(20).collect(Collectors.joining("\n"))).isTrue();
        assertThat(compiled.classNames()).as("class files whose names a file system refuses")
                .allMatch(binaryName -> classFileName(binaryName).getBytes(StandardCharsets.UTF_8).length
                        <= JavaNames.MAX_FILE_NAME_BYTES, "fit a file name");
        return compiled;
    }

    /** Runs the generator on {@code contract}, which must fail with errors whose messages start with {@code error}. */
    static void fails(Path contract, Path work, String error) throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Files.copy(contract, contracts.resolve(contract.getFileName().toString()));
        Path out = work.resolve("out");
        GenerationResult result = Generator.standard().generate(GenerationRequest.builder().contractsDirectory(contracts)
                .outputDirectory(out).workDirectory(work.resolve("work")).basePackage("corpus").build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.errors()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).startsWith(error));
        assertThat(out).doesNotExist();
    }

    /** {@code com.example.Pet$Status} → {@code Pet$Status.class}, the name javac writes. */
    static String classFileName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1) + ".class";
    }
}
