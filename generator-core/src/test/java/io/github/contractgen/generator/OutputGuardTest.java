package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path tmp;

    private TestProject project;
    private final FakePipeline pipeline = new FakePipeline();

    @BeforeEach
    void contracts() throws IOException {
        project = new TestProject(tmp).write("petstore.yaml", FakePipeline.contract("Petstore", "Pets"));
    }

    private GenerationResult generateInto(Path output) throws IOException {
        return pipeline.generator().generate(project.request().outputDirectory(output).build());
    }

    @Test
    void refusesTheProjectDirectoryAndItsParents() throws IOException {
        Files.writeString(tmp.resolve("pom.xml"), "<project/>");

        assertThat(generateInto(tmp).summary())
                .contains("refusing to generate: outputDirectory " + tmp + " is the project directory or one of its parents");
        assertThat(generateInto(tmp.getParent()).status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(tmp.resolve("pom.xml")).hasContent("<project/>");
    }

    @Test
    void refusesADirectoryThatHoldsTheContracts() throws IOException {
        GenerationResult result = generateInto(tmp.resolve("src/main"));

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).contains("overlaps the contracts directory");
    }

    @Test
    void refusesAHandWrittenSourceRoot() throws IOException {
        GenerationResult result = generateInto(tmp.resolve("src/main/java"));

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).contains("looks like a source root that holds hand-written files");
        assertThat(tmp.resolve("src/main/java")).doesNotExist();
    }

    @Test
    void refusesADirectoryWithFilesItDidNotGenerate() throws IOException {
        Path output = tmp.resolve("generated");
        Files.createDirectories(output.resolve("com/example"));
        Files.writeString(output.resolve("com/example/Mine.java"), "class Mine {}");

        GenerationResult result = generateInto(output);

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).contains("holds files that contractgen did not generate (com/example/Mine.java)");
        assertThat(output.resolve("com/example/Mine.java")).hasContent("class Mine {}");
    }

    @Test
    void refusesAForeignFileAddedAfterAnEarlierRunAndNeverDeletesIt() throws IOException {
        generateInto(project.output);
        Files.writeString(project.output.resolve("notes.txt"), "mine");
        project.write("petstore.yaml", FakePipeline.contract("Petstore", "Pets2"));

        GenerationResult result = generateInto(project.output);

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).contains("(notes.txt)");
        assertThat(project.output.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void acceptsAnEmptyExistingDirectory() throws IOException {
        Path output = tmp.resolve("generated");
        Files.createDirectories(output.resolve("empty/dirs"));

        assertThat(generateInto(output).status()).isEqualTo(GenerationResult.Status.GENERATED);
    }

    @Test
    void refusesAnOutputThatHoldsTheWorkDirectory() throws IOException {
        GenerationResult result = pipeline.generator()
                .generate(project.request().workDirectory(project.output.resolve("work")).build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).contains("contains contractgen's work directory");
    }

    @Test
    void refusesABasePackageThatIsNoJavaPackage() throws IOException {
        GenerationResult result = pipeline.generator().generate(project.request().basePackage("com.my-co.int").build());

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary())
                .isEqualTo("contractgen: basePackage 'com.my-co.int' is not a Java package name: 'my-co' is not a legal identifier");
        assertThat(project.output).doesNotExist();
    }
}
