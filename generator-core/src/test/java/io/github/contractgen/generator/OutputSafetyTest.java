package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.reader.proto.TestProtoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard generator on a project with hand-written code: an output directory that would wipe it is
 * refused, and a good run writes below {@code outputDirectory} and the work directory only.
 */
class OutputSafetyTest {

    private static final String CONTRACT = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets:\n"
            + "    get:\n      operationId: listPets\n      responses:\n        '200': {description: ok}\n";

    @TempDir
    Path root;

    private TestProject project;

    @BeforeEach
    void handWrittenProject() throws IOException {
        project = new TestProject(root).write("pets.yaml", CONTRACT)
                .write("proto/orders.proto", "syntax = \"proto3\";\npackage safety.orders;\n"
                        + "message Order { string id = 1; }\nservice Orders { rpc Get(Order) returns (Order); }\n");
        write("pom.xml", "<project/>");
        write("src/main/java/com/example/Mine.java", "package com.example;\nclass Mine {}\n");
        write("src/main/resources/application.properties", "a=b\n");
    }

    @Test
    void refusesSrcMainJavaAndLeavesTheProjectAsItWas() throws IOException {
        Map<String, String> before = tree(root);

        GenerationResult result = generateInto(root.resolve("src/main/java"));

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).isEqualTo("contractgen: refusing to generate: outputDirectory "
                + root.resolve("src/main/java") + " looks like a source root that holds hand-written files;"
                + " set outputDirectory to a directory of its own, such as target/generated-sources/contractgen");
        assertThat(tree(root)).isEqualTo(before);
    }

    @Test
    void refusesTheProjectRootAndLeavesTheProjectAsItWas() throws IOException {
        Map<String, String> before = tree(root);

        GenerationResult result = generateInto(root);

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.summary()).isEqualTo("contractgen: refusing to generate: outputDirectory " + root
                + " is the project directory or one of its parents; set outputDirectory to a directory of its own,"
                + " such as target/generated-sources/contractgen");
        assertThat(tree(root)).isEqualTo(before);
    }

    @Test
    void aRunWritesOnlyBelowTheOutputAndWorkDirectories() throws IOException {
        Map<String, String> before = tree(root);

        GenerationResult result = generateInto(project.output);

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> after = tree(root);
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet()).filteredOn(path -> !before.containsKey(path))
                .isNotEmpty()
                .allMatch(path -> path.startsWith("target/generated-sources/contractgen/")
                        || path.startsWith("target/contractgen/")
                        || List.of("target/", "target/generated-sources/").contains(path),
                        "below the output or work directory, or one of their parent directories")
                .contains("target/generated-sources/contractgen/com/example/pets/PetsClient.java");
    }

    private GenerationResult generateInto(Path output) throws IOException {
        return Generator.standard().generate(project.request().outputDirectory(output)
                .protocExecutable(TestProtoc.executable()).build());
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Every file and directory below {@code dir}: files with their bytes, directories with a slash. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(path -> !path.equals(dir)).toList()) {
                String name = ContractFiles.relativePath(dir, path);
                entries.put(Files.isDirectory(path) ? name + "/" : name,
                        Files.isDirectory(path) ? "" : Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return entries;
    }
}
