package io.github.contractgen.generator.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.corpus.BrokenCorpus;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every real-world description of the shared corpus ({@code /work/shared/corpus/openapi}, or the
 * folder named by {@code -Dcontractgen.corpus.openapi}): no errors, at least one operation each; the
 * few known to be broken ({@link BrokenCorpus}) give exactly their errors.
 */
class OpenApiCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("contractgen.corpus.openapi",
            "/work/shared/corpus/openapi"));

    @TestFactory
    Stream<DynamicTest> everyCorpusFileReadsWithoutErrors() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(DynamicTest.dynamicTest("corpus folder " + CORPUS + " is absent: nothing to read",
                    () -> assertThat(Files.isDirectory(CORPUS)).isFalse()));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(OpenApiCorpusTest::isContract).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> read(file)));
    }

    private static boolean isContract(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void read(Path file) throws IOException {
        assertThat(ContractKinds.detect(Files.readAllBytes(file))).contains(ContractKind.OPENAPI);
        ReadResult result = new OpenApiReader().read(CORPUS, file, ReaderOptions.defaults());
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        String broken = BrokenCorpus.EXPECTED_ERRORS.get(file.getFileName().toString());
        if (broken != null) {
            assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.message()).startsWith(broken));
            return;
        }
        assertThat(errors).as("errors in %s", file.getFileName()).isEmpty();
        assertThat(result.contract()).isPresent();
        assertThat(result.contract().get().services().get(0).operations()).isNotEmpty();
        System.out.printf("%s: %d warnings, %d operations, %d types%n", file.getFileName(),
                result.diagnostics().size(), result.contract().get().services().get(0).operations().size(),
                result.contract().get().services().get(0).types().size());
    }
}
