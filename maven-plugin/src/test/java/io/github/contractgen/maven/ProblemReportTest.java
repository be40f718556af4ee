package io.github.contractgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemReportTest {

    private final Path project = Path.of("/work/project").toAbsolutePath();
    private final ProblemReport report = new ProblemReport(project.resolve("src/main/contracts"), project);

    @Test
    void namesTheFileRelativeToTheProjectWithLineAndColumn() {
        Diagnostic error = Diagnostic.error(new SourceLocation("billing/invoices.yaml", 41, 9, ""), "bad");

        assertThat(report.line(error)).isEqualTo("src/main/contracts/billing/invoices.yaml:41:9: bad");
    }

    @Test
    void aContractsDirectoryOutsideTheProjectIsNamedInFull() {
        Path elsewhere = Path.of("/shared/contracts").toAbsolutePath();
        ProblemReport outside = new ProblemReport(elsewhere, project);
        Diagnostic warning = Diagnostic.warning(SourceLocation.of("a.yaml", "/paths"), "odd");

        assertThat(outside.line(warning)).isEqualTo(elsewhere.resolve("a.yaml") + ": warning: odd [/paths]");
    }

    @Test
    void theFailureListsEveryErrorButNoWarning() {
        GenerationResult result = new GenerationResult(GenerationResult.Status.FAILED, 2, 0, 0, 0, List.of(
                Diagnostic.error(new SourceLocation("a.yaml", 3, 1, ""), "first"),
                Diagnostic.warning(new SourceLocation("a.yaml", 4, 1, ""), "just a warning"),
                Diagnostic.error(new SourceLocation("b.yaml", 7, 2, ""), "second")), "contractgen: 2 errors in 2 contracts");

        assertThat(report.failure(result).lines()).containsExactly(
                "contractgen: 2 errors in 2 contracts",
                "  src/main/contracts/a.yaml:3:1: first",
                "  src/main/contracts/b.yaml:7:2: second");
    }
}
