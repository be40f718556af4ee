package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contractgen.generator.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contracts nested 10,000 levels deep, made here rather than committed: each generates or fails with a
 * message that names the limit, never with a StackOverflowError. Generation runs in the thread of
 * {@code assertTimeoutPreemptively}, whose stack is the JVM's default, as small as a Maven build's.
 */
class DeepContractsTest {

    /** Only a guard against a hang; the ten-thousand-file case takes seconds. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);
    private static final int DEEP = 10_000;

    @TempDir
    Path tmp;

    @Test
    void inlineSchemasNested10000DeepFailNamingTheLimit() throws IOException {
        for (String file : new String[] {"deep.json", "deep.yaml"}) {
            TestProject project = new TestProject(tmp.resolve(file)).write(file, inline(DEEP, file.endsWith(".yaml")));

            GenerationResult result = generate(project);

            assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
            assertThat(result.errors()).singleElement().satisfies(error -> {
                assertThat(error.location().file()).isEqualTo(file);
                assertThat(error.location().line()).isEqualTo(file.endsWith(".yaml") ? 6 : 1);
                assertThat(error.message()).isEqualTo("the document nests more than 1000 levels deep, the most"
                        + " contractgen reads; move nested schemas to components and refer to them with $ref");
            });
        }
    }

    @Test
    void inlineSchemasNestedJustBelowTheLimitGenerate() throws IOException {
        // 495 schemas are 990 levels of objects, plus the document's own four.
        TestProject project = new TestProject(tmp).write("deep.json", inline(495, false));

        GenerationResult result = generate(project);

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(project.snapshot()).hasSizeGreaterThan(495);
    }

    @Test
    void aChainOf10000ReferencedSchemasGenerates() throws IOException {
        StringBuilder doc = header();
        for (int i = 0; i < DEEP; i++) {
            doc.append("    S").append(i).append(": {type: object, properties: {next: {$ref: '#/components/schemas/S")
                    .append(i + 1).append("'}}}\n");
        }
        doc.append("    S").append(DEEP).append(": {type: object, properties: {last: {type: string}}}\n");
        TestProject project = new TestProject(tmp).write("chain.yaml", doc.toString());

        GenerationResult result = generate(project);

        assertThat(result.status()).as("%s", result.summary()).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(project.snapshot()).containsKeys("com/example/chain/model/S0.java", "com/example/chain/model/S10000.java");
    }

    @Test
    void aChainOf10000SchemasThatOnlyReferToTheNextGenerates() throws IOException {
        StringBuilder doc = header();
        for (int i = 0; i < DEEP; i++) {
            doc.append("    S").append(i).append(": {$ref: '#/components/schemas/S").append(i + 1).append("'}\n");
        }
        doc.append("    S").append(DEEP).append(": {type: object, properties: {last: {type: string}}}\n");
        TestProject project = new TestProject(tmp).write("aliases.yaml", doc.toString());

        GenerationResult result = generate(project);

        assertThat(result.status()).as("%s", result.summary()).isEqualTo(GenerationResult.Status.GENERATED);
    }

    @Test
    void anAllOfChain10000DeepFailsOnceNamingTheLimit() throws IOException {
        StringBuilder doc = header();
        for (int i = 0; i < DEEP; i++) {
            doc.append("    S").append(i).append(": {allOf: [{$ref: '#/components/schemas/S").append(i + 1)
                    .append("'}, {type: object, properties: {p").append(i).append(": {type: string}}}]}\n");
        }
        doc.append("    S").append(DEEP).append(": {type: object, properties: {last: {type: string}}}\n");
        TestProject project = new TestProject(tmp).write("inherit.yaml", doc.toString());

        GenerationResult result = generate(project);

        assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("allOf references nest more than 256 levels deep (the most contractgen follows) at '")
                .endsWith("'; flatten the hierarchy");
    }

    private static GenerationResult generate(TestProject project) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Generator.standard().generate(project.request().build()));
    }

    private static StringBuilder header() {
        return new StringBuilder("openapi: 3.0.3\ninfo: {title: Deep, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n");
    }

    /** One component schema with {@code depth} object schemas nested inline, on one line. */
    private static String inline(int depth, boolean yaml) {
        String open = yaml ? "{type: object, properties: {a: " : "{\"type\": \"object\", \"properties\": {\"a\": ";
        String schema = open.repeat(depth) + (yaml ? "{type: string}" : "{\"type\": \"string\"}") + "}}".repeat(depth);
        return yaml ? header() + "    Deep: " + schema + "\n"
                : "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"}, \"paths\": {},"
                        + " \"components\": {\"schemas\": {\"Deep\": " + schema + "}}}";
    }
}
