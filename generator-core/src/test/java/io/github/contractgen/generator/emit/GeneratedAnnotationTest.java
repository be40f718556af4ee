package io.github.contractgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code @Generated}: generator, version and the contract's project-relative path, nothing machine-specific. */
class GeneratedAnnotationTest {

    private static final Path PROJECT = Path.of("build", "shop").toAbsolutePath();

    @Test
    void namesTheGeneratorItsVersionAndTheContract() {
        assertThat(GeneratedAnnotation.of("1.2.0", "src/main/contracts/petstore.yaml").toString())
                .isEqualTo("@javax.annotation.processing.Generated(value = \"io.github.contractgen\", "
                        + "comments = \"contractgen 1.2.0 from src/main/contracts/petstore.yaml\")");
    }

    @Test
    void theContractIsNamedRelativeToTheProjectWithSlashes() {
        Path contracts = PROJECT.resolve("src").resolve("main").resolve("contracts");
        assertThat(GeneratedAnnotation.source(contracts, Optional.of(PROJECT), "billing/invoices.yaml"))
                .isEqualTo("src/main/contracts/billing/invoices.yaml");
    }

    @Test
    void withoutAProjectOrOutsideItTheContractsDirectoryIsTheRoot() {
        Path contracts = PROJECT.resolveSibling("shared-contracts");
        assertThat(GeneratedAnnotation.source(contracts, Optional.empty(), "a/b.proto")).isEqualTo("a/b.proto");
        assertThat(GeneratedAnnotation.source(contracts, Optional.of(PROJECT), "a/b.proto")).isEqualTo("a/b.proto");
    }
}
