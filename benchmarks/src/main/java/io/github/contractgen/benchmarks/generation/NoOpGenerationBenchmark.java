package io.github.contractgen.benchmarks.generation;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the Maven goal does on a build where nothing changed: {@link Generator#generate} on an output
 * that is already up to date with {@code contracts} contracts (copies of the petstore contract, each
 * with its own title and file name).
 *
 * <p>This is the goal's own cost without Maven's start-up and project model; run.sh measures the whole
 * {@code mvn generate-sources} next to it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NoOpGenerationBenchmark {

    @Param("100")
    public int contracts;

    private Path root;
    private Generator generator;
    private GenerationRequest request;

    @Setup(Level.Trial)
    public void generateOnce() throws IOException {
        root = Files.createTempDirectory("contractgen-noop");
        writeContracts(root.resolve("contracts"), contracts);
        generator = Generator.standard();
        request = GenerationRequest.builder()
                .contractsDirectory(root.resolve("contracts"))
                .outputDirectory(root.resolve("generated"))
                .workDirectory(root.resolve("work"))
                .basePackage("bench")
                .build();
        GenerationResult first = generator.generate(request);
        if (first.status() != GenerationResult.Status.GENERATED) {
            throw new IllegalStateException("the first generation did not generate: " + first.summary());
        }
        GenerationResult second = generator.generate(request);
        if (second.status() != GenerationResult.Status.UP_TO_DATE) {
            throw new IllegalStateException("the second generation was not a no-op: " + second.summary());
        }
    }

    /** Writes {@code count} copies of the petstore contract, {@code service001.yaml}, ..., each titled apart. */
    static void writeContracts(Path directory, int count) throws IOException {
        String template;
        try (InputStream in = NoOpGenerationBenchmark.class.getResourceAsStream("/bench/petstore.yaml")) {
            if (in == null) {
                throw new IllegalStateException("bench/petstore.yaml is missing from the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(directory);
        for (int i = 1; i <= count; i++) {
            String name = String.format("service%03d", i);
            String contract = template.replaceFirst("(?m)^  title: .*$", "  title: Service " + String.format("%03d", i));
            Files.writeString(directory.resolve(name + ".yaml"), contract);
        }
    }

    @Benchmark
    public GenerationResult upToDate() throws IOException {
        return generator.generate(request);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
