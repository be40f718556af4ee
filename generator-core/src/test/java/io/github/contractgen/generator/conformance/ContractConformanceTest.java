package io.github.contractgen.generator.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the OpenAPI sample contracts and of the whole-service test contracts, called
 * through the generated client with only the required arguments and with every argument, sends
 * requests that Atlassian's validator finds valid against the contract (see {@link ContractConformance}).
 * conformance/styles.yaml holds every parameter style and body encoding the reader supports, and
 * characters that mean something in a URI.
 * The corpus check runs the same over real public descriptions.
 */
class ContractConformanceTest {

    /** Known findings that are not the client's fault; each entry says why. */
    static final Allowlist ALLOWED = new Allowlist()
            .allow("styles.yaml", "queryStyles", "parameter\\.schema\\.type: \\[Path '/min'\\] Instance type \\(string\\)",
                    "validator: a deepObject member (filter[min]=1) is checked as a string, never as the integer it is")
            .allow("styles.yaml", "queryStyles", "parameter\\.schema\\.invalidJson: .*Unrecognized token 'x'",
                    "validator: a form object with explode false (point=x,1,y,1, as the specification writes it) is parsed as JSON")
            .allow("styles.yaml", "reservedCharacters", "parameter\\.schema\\.enum: Instance value \\(\"(a\\+b &c=d/e\\?f#g%h|i\\|j;k)\"\\)",
                    "validator: it splits a joined array after decoding, so an element's comma, sent as %2C, splits it too");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyRequestOfEveryOperationMatchesItsContract() {
        Path fixtures = Path.of("src/test/resources/openapi");
        return Stream.of(Path.of("../sample-contracts/src/main/contracts/petstore.yaml"),
                        fixtures.resolve("petstore.yaml"), fixtures.resolve("petstore.json"), fixtures.resolve("swagger2.yaml"),
                        fixtures.resolve("security.yaml"), fixtures.resolve("composition.yaml"),
                        fixtures.resolve("nullable31.yaml"), fixtures.resolve("awkward/form-bodies.yaml"),
                        fixtures.resolve("awkward/empty-forms.yaml"), Path.of("src/test/resources/conformance/styles.yaml"))
                .map(contract -> DynamicTest.dynamicTest(contract.toString(), () -> check(contract)));
    }

    private void check(Path contract) throws Exception {
        ContractConformance.assertConforms(contract.toAbsolutePath().normalize(), ALLOWED,
                Files.createTempDirectory(work, "run"));
    }
}
