package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The events class emitted for the request/reply test contract (both sides of a reply on a fixed
 * channel and of one sent where the request's {@code replyTo} header says), compared with golden files
 * so that every change shows as a diff in review. Run with {@code -Dcontractgen.goldenUpdate=true} to
 * rewrite them after an intended change.
 */
class EventsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/events");

    @Test
    void requestReplyMatchesGoldenFiles() throws IOException {
        List<JavaFile> files = GeneratedEvents.emit(AsyncApiFixtures.read("requests-3.0.yaml"), "golden").stream()
                .filter(file -> file.typeSpec().name().endsWith("Events")).toList();
        boolean update = Boolean.getBoolean("contractgen.goldenUpdate");
        if (update) {
            Files.createDirectories(GOLDEN);
            try (Stream<Path> old = Files.list(GOLDEN)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
        }
        assertThat(files).hasSize(1);
        for (JavaFile javaFile : files) {
            Path golden = GOLDEN.resolve(javaFile.typeSpec().name() + ".java");
            String actual = javaFile.toString();
            if (update) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file %s (rewrite with -Dcontractgen.goldenUpdate=true)", golden).exists();
            assertThat(actual).as("generated %s differs from %s", javaFile.typeSpec().name(), golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
