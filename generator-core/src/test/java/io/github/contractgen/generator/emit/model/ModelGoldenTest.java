package io.github.contractgen.generator.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.ServiceBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the model of the canonical pet store looks, file by file, so that a reviewer sees every change
 * to generated code as a diff. {@code -Dcontractgen.goldenUpdate=true} rewrites the expected files.
 */
class ModelGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/models");

    @Test
    void petstoreModelMatchesTheGoldenFiles() throws IOException {
        Map<String, String> actual = emit();
        if (Boolean.getBoolean("contractgen.goldenUpdate")) {
            write(actual);
        }
        assertThat(read()).as("golden files in %s; rerun with -Dcontractgen.goldenUpdate=true to accept a change",
                GOLDEN.toAbsolutePath()).isEqualTo(actual);
    }

    @Test
    void emittingTwiceGivesIdenticalText() {
        assertThat(emit()).isEqualTo(emit());
    }

    /** The golden files must themselves be code that compiles without a warning. */
    @Test
    void goldenFilesCompile() {
        List<JavaFile> files = new ModelEmitter().emit(ServiceBuilder.context(PetstoreFixture.service()));
        assertThat(InMemoryCompiler.compile(files).requireSuccess().warnings()).isEmpty();
    }

    private static Map<String, String> emit() {
        Map<String, String> files = new TreeMap<>();
        new ModelEmitter().emit(ServiceBuilder.context(PetstoreFixture.service()))
                .forEach(file -> files.put(file.typeSpec().name() + ".java", file.toString()));
        return files;
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> paths = Files.list(GOLDEN)) {
                for (Path path : paths.sorted().toList()) {
                    files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void write(Map<String, String> files) throws IOException {
        Files.createDirectories(GOLDEN);
        try (Stream<Path> old = Files.list(GOLDEN)) {
            for (Path path : old.toList()) {
                Files.delete(path);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(GOLDEN.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
