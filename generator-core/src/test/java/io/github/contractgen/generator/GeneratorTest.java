package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path tmp;

    private TestProject project;
    private final FakePipeline pipeline = new FakePipeline();

    @BeforeEach
    void contracts() throws IOException {
        project = new TestProject(tmp.resolve("project"))
                .write("petstore.yaml", FakePipeline.contract("Petstore", "Pet Store"))
                .write("billing/invoices.yml", FakePipeline.contract("Invoices", "Invoices"))
                .write("billing/schemas/invoice.json", "{\"type\": \"object\"}");
    }

    private GenerationResult generate() throws IOException {
        return pipeline.generator().generate(project.request().build());
    }

    @Test
    void generatesEveryServiceIntoItsPackageAndSkipsFilesThatAreNoContract() throws IOException {
        GenerationResult result = generate();

        assertThat(result.status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.contracts()).isEqualTo(2);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(project.snapshot().keySet()).containsExactly(
                ".contractgen-state",
                "com/example/billing/invoices/InvoicesClient.java",
                "com/example/billing/invoices/README.md",
                "com/example/billing/invoices/invoices.properties",
                "com/example/petstore/PetstoreClient.java",
                "com/example/petstore/README.md",
                "com/example/petstore/petstore.properties");
        assertThat(result.summary())
                .isEqualTo("contractgen: generated 6 files from 2 contracts (6 written, 0 unchanged, 0 removed)");
        assertThat(project.read("com/example/billing/invoices/invoices.properties"))
                .contains("# Environment variable: BILLING_INVOICES_BASE_URI\nbilling.invoices.baseUri=\n",
                        "src/main/resources/billing.invoices.properties",
                        "# (secret) billing.invoices.tls.privateKeyPassword=  <- never here; set"
                                + " BILLING_INVOICES_TLS_PRIVATE_KEY_PASSWORD or BILLING_INVOICES_TLS_PRIVATE_KEY_PASSWORD_FILE\n");
    }

    @Test
    void javaSourcesHaveFixedIndentationAndUnixLineEnds() throws IOException {
        generate();

        String source = project.read("com/example/petstore/PetstoreClient.java");
        assertThat(source)
                .startsWith("package com.example.petstore;\n")
                .contains("\n    public static final String TITLE = \"Pet Store\";\n")
                .doesNotContain("\t")
                .doesNotContain("\r");
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndLocationsAndHoldsNoAbsolutePath() throws IOException {
        generate();
        Map<String, String> first = project.snapshot();
        TestProject elsewhere = new TestProject(tmp.resolve("somewhere/else"));
        Files.createDirectories(elsewhere.contracts);
        try (var files = Files.walk(project.contracts)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                elsewhere.write(ContractFiles.relativePath(project.contracts, file), Files.readString(file));
            }
        }

        pipeline.generator().generate(elsewhere.request().build());

        assertThat(elsewhere.snapshot()).isEqualTo(first);
        assertThat(String.join("\n", first.values())).doesNotContain(tmp.toString());
    }

    @Test
    void secondRunWithUnchangedInputsIsUpToDateWithoutParsingOrTouchingAnything() throws IOException {
        generate();
        project.ageOutput();
        int readsBefore = pipeline.reads.get();

        GenerationResult result = generate();

        assertThat(result.status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
        assertThat(result.summary()).isEqualTo("contractgen: 2 contracts unchanged, nothing to do");
        assertThat(pipeline.reads.get()).isEqualTo(readsBefore);
        assertThat(project.touched()).isEmpty();
    }

    @Test
    void aDeletedOrTruncatedOutputFileIsNoticedAndRestored() throws IOException {
        generate();
        Files.delete(project.output.resolve("com/example/petstore/PetstoreClient.java"));
        Files.writeString(project.output.resolve("com/example/petstore/README.md"), "");

        GenerationResult result = generate();

        assertThat(result.status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.written()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(4);
        assertThat(project.read("com/example/petstore/PetstoreClient.java")).contains("Pet Store");
    }

    @Test
    void aChangedContractRewritesOnlyTheFilesWhoseBytesChange() throws IOException {
        generate();
        project.ageOutput();
        project.write("petstore.yaml", FakePipeline.contract("Petstore", "Pet Shop"));

        GenerationResult result = generate();

        assertThat(result.summary())
                .isEqualTo("contractgen: generated 6 files from 2 contracts (3 written, 3 unchanged, 0 removed)");
        assertThat(project.touched().keySet()).containsExactly(
                ".contractgen-state",
                "com/example/petstore/PetstoreClient.java",
                "com/example/petstore/README.md",
                "com/example/petstore/petstore.properties");
        assertThat(project.read("com/example/petstore/PetstoreClient.java")).contains("\"Pet Shop\"");
    }

    @Test
    void aContractChangeThatChangesNoOutputWritesOnlyTheState() throws IOException {
        generate();
        project.ageOutput();
        project.write("petstore.yaml", FakePipeline.contract("Petstore", "Pet Store") + "# a comment\n");

        GenerationResult result = generate();

        assertThat(result.status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.written()).isZero();
        assertThat(project.touched().keySet()).containsExactly(".contractgen-state");
        assertThat(generate().status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
    }

    @Test
    void filesOfARemovedContractAreDeletedWithTheirEmptyDirectories() throws IOException {
        generate();
        Files.delete(project.contracts.resolve("billing/invoices.yml"));

        GenerationResult result = generate();

        assertThat(result.deleted()).isEqualTo(3);
        assertThat(result.summary())
                .isEqualTo("contractgen: generated 3 files from 1 contract (0 written, 3 unchanged, 3 removed)");
        assertThat(project.snapshot().keySet()).containsExactly(".contractgen-state",
                "com/example/petstore/PetstoreClient.java", "com/example/petstore/README.md",
                "com/example/petstore/petstore.properties");
        assertThat(project.output.resolve("com/example/billing")).doesNotExist();
        assertThat(project.output.resolve("com/example/petstore")).isDirectory();
    }

    @Test
    void noContractsDirectoryWritesNothingAndSaysSo() throws IOException {
        TestProject empty = new TestProject(tmp.resolve("empty"));

        GenerationResult result = pipeline.generator().generate(empty.request().build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.summary()).isEqualTo("contractgen: no contracts in " + empty.contracts);
        assertThat(empty.root).doesNotExist();
    }

    @Test
    void removingEveryContractRemovesEveryGeneratedFile() throws IOException {
        generate();
        OutputWriter.deleteTree(project.contracts);

        GenerationResult result = generate();

        assertThat(result.deleted()).isEqualTo(6);
        assertThat(result.summary()).endsWith("; removed 6 files generated earlier");
        assertThat(project.snapshot()).isEmpty();
        assertThat(project.work.resolve("staging")).doesNotExist();
    }

    @Test
    void settingsThatChangeOutputAreNoticed() throws IOException {
        generate();

        GenerationResult result = pipeline.generator().generate(project.request().basePackage("org.acme").build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.deleted()).isEqualTo(6);
        assertThat(project.snapshot()).containsKey("org/acme/petstore/PetstoreClient.java");
    }

    @Test
    void aOneByteEditOfTheSameLengthIsNoticed() throws IOException {
        generate();
        project.write("petstore.yaml", FakePipeline.contract("Petstore", "Pet Store").replace("Pet Store", "Pet Stork"));

        assertThat(generate().status()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(generate().status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
    }

    @Test
    void aStateWithWindowsLineEndsStillReadsAsUpToDate() throws IOException {
        generate();
        Path state = project.output.resolve(OutputState.FILE_NAME);
        Files.writeString(state, Files.readString(state).replace("\n", "\r\n"));

        assertThat(generate().status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
    }

    @Test
    void thePipelineInTheFingerprintNamesNoJvmSpecificLambdaClass() {
        String pipeline = Generator.standard().pipeline();

        assertThat(pipeline)
                .contains("io.github.contractgen.generator.StandardPipeline$$Lambda;")
                .contains("OPENAPI=io.github.contractgen.generator.reader.OpenApiReader")
                .doesNotContain("/")
                .doesNotContain("$$Lambda$");
    }
}
