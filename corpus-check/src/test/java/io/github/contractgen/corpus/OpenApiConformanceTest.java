package io.github.contractgen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.conformance.Allowlist;
import io.github.contractgen.generator.conformance.ContractConformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of a few real public descriptions, called through the generated client with only the
 * required arguments and with every argument, sends requests that Atlassian's validator finds valid
 * against the description (see {@link ContractConformance}; generator-core's ContractConformanceTest
 * does the same for the sample contracts).
 *
 * <p>The descriptions are chosen for their parameter styles: Swagger 2.0 with headers
 * (swagger-petstore) and {@code collectionFormat: multi} arrays (Prometheus Alertmanager); 3.0 with a
 * cookie, headers and {@code text/event-stream} (Mercure), with {@code explode: false} arrays, form
 * arrays and {@code allOf} bodies (Apache Airflow); 3.1 with every kind of security scheme, a cookie API
 * key among them (ReadMe), and with {@code application/problem+json} errors (Bump train travel). The
 * files are read where they are, never copied into the project; a missing one fails.
 */
class OpenApiConformanceTest {

    private static final Allowlist ALLOWED = new Allowlist()
            .allow("readme-security-1.0.0.yaml", "postAnythingMutualTls", "^client\\.refused: .*configure mutualTLS",
                    "mutual TLS is the client's TLS setting, not a credential; this plain-http server cannot ask for it")
            .allow("apache-airflow-2.5.3.json", "patch_dags", "discriminator: \\[Path '/schedule_interval'\\] .*'TimeDelta'",
                    "validator: for an anyOf with a discriminator it lists one of the three schemas; TimeDelta is one");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyRequestOfEveryOperationMatchesItsDescription() {
        Path corpus = Path.of(property("corpus.openapiDir"));
        assertThat(corpus).as("the OpenAPI corpus (-Dcorpus.dir=<folder with openapi/>)").isDirectory();
        return Stream.of("swagger-petstore-1.0.0.yaml", "prometheus-alertmanager-0.0.1.yaml", "mercure-hub-0.3.2.json",
                        "apache-airflow-2.5.3.json", "readme-security-1.0.0.yaml", "bump-train-travel-1.0.0.yaml")
                .map(name -> DynamicTest.dynamicTest(name, () -> check(corpus.resolve(name))));
    }

    private void check(Path description) throws Exception {
        assertThat(description).as("a description of the corpus").isRegularFile();
        ContractConformance.assertConforms(description, ALLOWED, Files.createTempDirectory(work, "run"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run through Maven (-Pcorpus)");
        }
        return value;
    }
}
