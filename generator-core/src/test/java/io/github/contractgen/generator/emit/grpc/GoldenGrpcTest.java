package io.github.contractgen.generator.emit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.model.ProtoFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gRPC code emitted for the canonical test service (all four call kinds, idempotency levels, a
 * deprecated method), compared with golden files so that every change shows as a diff in review. Run
 * with {@code -Dcontractgen.goldenUpdate=true} to rewrite them after an intended change.
 */
class GoldenGrpcTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/grpc");

    @TempDir
    Path work;

    @Test
    void ordersMatchesGoldenFiles() throws IOException {
        ProtoFixture fixture = ProtoFixture.of(work, List.of("features/proto3_features.proto"));
        ProtoFile file = fixture.read().files().get(0);
        List<JavaFile> files = GrpcFiles.of(RpcEmitContext.of(file, file.services().get(0)));
        boolean update = Boolean.getBoolean("contractgen.goldenUpdate");
        if (update) {
            Files.createDirectories(GOLDEN);
            try (Stream<Path> old = Files.list(GOLDEN)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
        }
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
        try (Stream<Path> existing = Files.list(GOLDEN)) {
            assertThat(existing.map(path -> path.getFileName().toString())).as("golden files without a generated file")
                    .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.typeSpec().name() + ".java").toList());
        }
    }
}
