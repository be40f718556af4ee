package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.proto.TestProtoc;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile contracts through the whole generator: each one fails the run with one exact,
 * located diagnostic that says what to do, and leaves the output of an earlier good run byte for byte
 * as it was.
 *
 * <p>Each case is a folder below {@code src/test/resources/hostile}; its files are added to a project
 * that was generated once from {@code hostile/good}. The timeout only guards against a hang (a parser
 * expanding an alias bomb, a reference cycle followed forever): it is far above any real run.
 */
class HostileContractsTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private TestProject project;
    private Map<String, String> before;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("malformed-yaml",
                        "api.yaml:8:5: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence)"),
                Arguments.of("malformed-json", "api.json:4:70: malformed JSON: Unexpected character ('}' (code 125)):"
                        + " was expecting double-quote to start field name"),
                Arguments.of("empty-file", "api.yaml: the file is empty; write a contract in it or delete it"),
                Arguments.of("binary-file", "api.yaml:3:1: the file is not text: it holds a NUL byte; contracts are"
                        + " UTF-8 text, so check that this is the file you meant"),
                Arguments.of("non-utf8", "api.yaml:3:13: the file is not UTF-8: byte 0xE9 cannot start or continue"
                        + " a UTF-8 character; save the file as UTF-8"),
                Arguments.of("openapi-4", "api.yaml:1:1: openapi version '4.0.0' is not supported; contractgen reads"
                        + " OpenAPI 2.0 (swagger), 3.0 and 3.1: declare one of them, converting the description if"
                        + " needed [/openapi]"),
                Arguments.of("swagger-1.2", "api.json:2:3: swagger version '1.2' is not supported; contractgen reads"
                        + " OpenAPI 2.0 (swagger), 3.0 and 3.1: declare one of them, converting the description if"
                        + " needed [/swagger]"),
                Arguments.of("asyncapi-1", "api.yaml:1:1: AsyncAPI 1.0.0 is not supported; use 2.0 to 2.6 or 3.0"
                        + " [/asyncapi]"),
                Arguments.of("unresolved-ref", "api.yaml:12:24: reference '#/components/schemas/Pets' does not lead"
                        + " anywhere in api.yaml; fix the reference or add what it names"
                        + " [/paths/~1pets/get/responses/200/content/application~1json/schema/$ref]"),
                Arguments.of("ref-cycle", "api.yaml:15:9: references lead in a circle: #/components/schemas/A ->"
                        + " #/components/schemas/B -> #/components/schemas/A; make one of them define a schema"
                        + " instead of only referring to another [/components/schemas/A/$ref]"),
                Arguments.of("remote-ref", "api.yaml:12:24: remote reference 'https://example.invalid/schemas/a.yaml#/A'"
                        + " is not fetched: remote references are off by default; set allowRemoteRefs to fetch it"
                        + " [/paths/~1a/get/responses/200/content/application~1json/schema/$ref]"),
                Arguments.of("undeclared-path-placeholder", "api.yaml:4:3: the path '/pets/{petId}' has the"
                        + " placeholder {petId}, but 'get' declares no path parameter 'petId', so no call could fill"
                        + " it; add a parameter with name: petId and in: path to the operation or the path"
                        + " [/paths/~1pets~1{petId}]"),
                Arguments.of("path-parameter-outside-path", "api.yaml:8:11: path parameter 'owner' does not appear"
                        + " in the path '/pets', so its value would never be sent; add {owner} to the path, or"
                        + " declare the parameter 'in' query or header if that is where it goes"
                        + " [/paths/~1pets/get/parameters/0]"),
                Arguments.of("asyncapi-undefined-parameter", "api.yaml:4:3: address 'lights/{lightId}/measured' uses"
                        + " parameter {lightId}, which the channel's 'parameters' do not define; add 'lightId' under"
                        + " the channel's parameters [/channels/lights~1{lightId}~1measured]"),
                Arguments.of("proto-syntax-error", "orders.proto:7:3: Expected \";\"."),
                Arguments.of("proto-missing-import",
                        "orders.proto:5:1: Import \"hostile/common/money.proto\" was not found or had errors."),
                Arguments.of("billion-laughs", "api.yaml:4:10: YAML alias '*a' is not supported: contractgen does"
                        + " not expand anchors and aliases (that is how 'billion laughs' documents explode); write"
                        + " the value out in full"));
    }

    @BeforeEach
    void generateFromAGoodContract() throws IOException {
        project = new TestProject(tmp);
        copyCase("good");
        GenerationResult good = Generator.standard().generate(request());
        assertThat(good.status()).as("%s", good).isEqualTo(GenerationResult.Status.GENERATED);
        before = project.byteSnapshot();
        assertThat(before).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithALocatedErrorAndLeavesTheOutputAlone(String folder, String expected) throws IOException {
        copyCase(folder);

        GenerationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> Generator.standard().generate(request()));

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.FAILED);
        assertThat(result.errors()).map(Diagnostic::toString).as("%s", result.diagnostics()).contains(expected);
        assertThat(project.byteSnapshot()).isEqualTo(before);
    }

    /**
     * {@code pet-status} and {@code PetStatus} both want the class name {@code PetStatus}. Decision: both
     * generate, under distinct names from the one naming authority; the schema spelled exactly like the
     * class keeps the name, wherever it stands in the file, and the other gets a number.
     */
    @Test
    void schemasWhoseJavaNamesCollideBothGenerateUnderDistinctNames() throws IOException {
        copyCase("colliding-schema-names");

        GenerationResult result = assertTimeoutPreemptively(HANG_GUARD, () -> Generator.standard().generate(request()));

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(project.read("com/example/api/model/PetStatus.java")).contains("public record PetStatus(")
                .contains("Long code)");
        assertThat(project.read("com/example/api/model/PetStatus2.java")).contains("Either {@code available} or {@code sold}.")
                .contains("comments = \"contractgen 1.0-test from src/main/contracts/api.yaml\"")
                .contains("public final class PetStatus2");
        assertThat(project.read("com/example/api/model/GetStatusResponse.java")).contains("PetStatus2 a,")
                .contains("PetStatus b)");
    }

    private GenerationRequest request() {
        return project.request().protocExecutable(TestProtoc.executable()).build();
    }

    private void copyCase(String folder) throws IOException {
        Path source = resource("hostile/" + folder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = project.contracts.resolve(ContractFiles.relativePath(source, file));
            Files.createDirectories(target.getParent());
            Files.write(target, Files.readAllBytes(file));
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(HostileContractsTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
