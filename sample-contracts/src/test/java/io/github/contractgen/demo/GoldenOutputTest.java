package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole output for the canonical contract, petstore.yaml, as a reviewer sees it: every generated
 * file is compared with its golden copy under src/test/resources/golden, so that any change to
 * generated code shows up as a diff. Run with {@code -Dcontractgen.goldenUpdate=true} to rewrite them.
 */
class GoldenOutputTest {

    private static final Path GENERATED = Path.of("target/generated-sources/contractgen");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void generatedCodeMatchesTheGoldenFiles() throws IOException {
        List<Path> generated = files(GENERATED);
        if (Boolean.getBoolean("contractgen.goldenUpdate")) {
            rewriteGolden(generated);
        }
        assertThat(generated).as("files generated from petstore.yaml").isNotEmpty();
        assertThat(generated).as("the same files as the golden copy").containsExactlyElementsOf(files(GOLDEN));
        for (Path file : generated) {
            assertThat(Files.readString(GENERATED.resolve(file)))
                    .as("%s (rewrite with -Dcontractgen.goldenUpdate=true when the change is meant)", file)
                    .isEqualTo(Files.readString(GOLDEN.resolve(file)));
        }
    }

    private static void rewriteGolden(List<Path> generated) throws IOException {
        for (Path stale : files(GOLDEN)) {
            Files.delete(GOLDEN.resolve(stale));
        }
        for (Path file : generated) {
            Files.createDirectories(GOLDEN.resolve(file).getParent());
            Files.copy(GENERATED.resolve(file), GOLDEN.resolve(file));
        }
    }

    /** The files below {@code root}, relative and sorted; the generator's own state file is not output. */
    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(path -> !path.getFileName().toString().equals(".contractgen-state"))
                    .sorted()
                    .toList();
        }
    }
}
