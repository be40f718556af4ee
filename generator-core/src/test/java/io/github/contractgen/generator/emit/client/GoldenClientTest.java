package io.github.contractgen.generator.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.ClientEmitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client emitted for the canonical petstore, compared with golden files so that every change to
 * generated code shows as a diff in review. Run with {@code -Dcontractgen.goldenUpdate=true} to
 * rewrite them after an intended change.
 */
class GoldenClientTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/clients");

    @Test
    void petstoreMatchesGoldenFiles() throws IOException {
        List<JavaFile> files = new ClientEmitter().emit(Fixtures.context(Fixtures.petstore()));
        boolean update = Boolean.getBoolean("contractgen.goldenUpdate");
        if (update) {
            clear();
        }
        for (JavaFile file : files) {
            Path golden = GOLDEN.resolve(file.typeSpec().name() + ".java");
            String actual = file.toString();
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file %s (rewrite with -Dcontractgen.goldenUpdate=true)", golden).exists();
            assertThat(actual).as("generated %s differs from %s", file.typeSpec().name(), golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        try (Stream<Path> existing = Files.list(GOLDEN)) {
            assertThat(existing.map(path -> path.getFileName().toString()))
                    .as("golden files without a generated counterpart")
                    .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.typeSpec().name() + ".java").toList());
        }
    }

    private static void clear() throws IOException {
        if (Files.isDirectory(GOLDEN)) {
            try (Stream<Path> old = Files.list(GOLDEN)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
