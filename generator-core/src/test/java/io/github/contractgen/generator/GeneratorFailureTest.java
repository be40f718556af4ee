package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.emit.EmitFailure;
import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorFailureTest {

    @TempDir
    Path tmp;

    private TestProject project;
    private final FakePipeline pipeline = new FakePipeline();
    private Map<String, String> before;

    @BeforeEach
    void generateOnce() throws IOException {
        project = new TestProject(tmp)
                .write("a.yaml", FakePipeline.contract("Alpha", "Alpha"))
                .write("b/b.yaml", FakePipeline.contract("Beta", "Beta"))
                .write("c.yaml", FakePipeline.contract("Gamma", "Gamma"));
        pipeline.generator().generate(project.request().build());
        before = project.snapshot();
    }

    @Test
    void everyErrorOfEveryContractIsReportedAndNothingIsWritten() throws IOException {
        project.write("a.yaml", FakePipeline.contract("Alpha", "Alpha2") + "error: first problem\n")
                .write("b/b.yaml", FakePipeline.contract("Beta", "Beta2") + "error: second problem\nerror: third problem\n")
                .write("d.yaml", FakePipeline.contract("Delta", "Delta"));

        GenerationResult result = pipeline.generator().generate(project.request().build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "a.yaml:4:1: first problem",
                "b/b.yaml:4:1: second problem",
                "b/b.yaml:5:1: third problem");
        assertThat(result.summary()).isEqualTo("contractgen: 3 errors in 2 contracts, nothing was generated");
        assertThat(project.snapshot()).isEqualTo(before);
    }

    @Test
    void twoServicesThatWouldWriteTheSameFileFailNamingBothContracts() throws IOException {
        project.write("d.yaml", FakePipeline.contract("Alpha", "Another alpha"));

        GenerationResult result = pipeline.generator().generate(project.request().build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.errors()).first().asString()
                .startsWith("d.yaml: generates com/example/alpha/AlphaClient.java, which a.yaml generates too");
        assertThat(project.snapshot()).isEqualTo(before);
    }

    @Test
    void aBugInAnEmitterNamesTheContractServiceAndWhatWasBeingEmitted() throws IOException {
        Emitter buggy = context -> EmitFailure.during("type 'Pet'", () -> {
            if (context.service().name().equals("Beta")) {
                throw new IllegalArgumentException("index 1 for '$ ' not in range");
            }
            return List.of();
        });

        assertThatThrownBy(() -> pipeline.generator(buggy).generate(project.request().build()))
                .isInstanceOf(EmitFailure.class)
                .hasMessageStartingWith("contract b/b.yaml, service Beta, emitter ")
                .hasMessageEndingWith(", type 'Pet': java.lang.IllegalArgumentException: index 1 for '$ ' not in range")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(project.snapshot()).isEqualTo(before);
    }

    @Test
    void aSwapThatFailsHalfwayPutsTheOldOutputBack() throws IOException {
        project.write("a.yaml", FakePipeline.contract("Alpha", "Alpha2"))
                .write("c.yaml", FakePipeline.contract("Gamma", "Gamma2"));
        Files.delete(project.contracts.resolve("b/b.yaml"));
        AtomicInteger moves = new AtomicInteger();
        OutputWriter.Mover failsOnTheSeventhMove = (from, to) -> {
            if (moves.incrementAndGet() == 7) {
                throw new IOException("disk full (simulated)");
            }
            OutputWriter.Mover.RENAME.move(from, to);
        };

        assertThatThrownBy(() -> pipeline.generator(failsOnTheSeventhMove).generate(project.request().build()))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full (simulated)");

        assertThat(moves.get()).isEqualTo(7);
        assertThat(project.snapshot()).isEqualTo(before);
        assertThat(project.work.resolve("staging")).doesNotExist();
        assertThat(project.work.resolve("backup")).doesNotExist();
        GenerationResult retry = pipeline.generator().generate(project.request().build());
        assertThat(retry.summary())
                .isEqualTo("contractgen: generated 6 files from 2 contracts (6 written, 0 unchanged, 3 removed)");
    }

    @Test
    void aMissingTemplatesDirectoryFailsWithoutWriting() throws IOException {
        GenerationResult result = pipeline.generator()
                .generate(project.request().templatesDirectory(tmp.resolve("no-such-dir")).build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).startsWith("contractgen: templatesDirectory ").endsWith("does not exist or is not a directory");
        assertThat(project.snapshot()).isEqualTo(before);
    }

    @Test
    void aUserTemplateWithATypoFailsNamingTheTemplateAndLine() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("README.md.tmpl"), "# ${serviceTitle}\n${serviceTitel}\n");

        GenerationResult result = pipeline.generator().generate(project.request().templatesDirectory(templates).build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).startsWith("contractgen: README.md.tmpl:2: unknown name 'serviceTitel'");
        assertThat(project.snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedUserTemplateRegeneratesOnlyWhatItRenders() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("README.md.tmpl"), "# ${serviceTitle}\n");
        pipeline.generator().generate(project.request().templatesDirectory(templates).build());
        Files.writeString(templates.resolve("README.md.tmpl"), "# ${serviceTitle} (${serviceId})\n");

        GenerationResult result = pipeline.generator().generate(project.request().templatesDirectory(templates).build());

        assertThat(result.written()).isEqualTo(3);
        assertThat(project.read("com/example/b/beta/README.md")).isEqualTo("# Beta (b.beta)\n");
    }
}
