package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract whose schema lives on a server, through the whole generator: with allowRemoteRefs the
 * remote schema becomes a record of the generated client; without it the build fails at the reference
 * and the server is never asked.
 */
class RemoteRefsGenerationTest {

    @TempDir
    Path tmp;

    private static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Shop, version: 1.0.0}
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: the item
                      content:
                        application/json:
                          schema: {$ref: '%s/models/item.yaml#/components/schemas/Item'}
            """;
    private static final String ITEM = """
            components:
              schemas:
                Item:
                  type: object
                  required: [sku]
                  properties:
                    sku: {type: string}
                    price: {$ref: 'money.yaml'}
            """;
    private static final String MONEY = """
            type: object
            required: [amount, currency]
            properties:
              amount: {type: string}
              currency: {type: string}
            """;

    private static TestHttpsServer serving() {
        TestHttpsServer server = TestHttpsServer.http();
        server.handle("/models/item.yaml", request -> TestResponse.text(200, ITEM));
        server.handle("/models/money.yaml", request -> TestResponse.text(200, MONEY));
        return server;
    }

    @Test
    void aRemoteSchemaBecomesARecordOfTheGeneratedClient() throws IOException {
        try (TestHttpsServer server = serving()) {
            TestProject project = new TestProject(tmp).write("shop.yaml", CONTRACT.formatted(server.baseUri()));

            GenerationResult result = Generator.standard().generate(project.request().allowRemoteRefs(true).build());

            assertThat(result.status()).as("%s", result.diagnostics()).isEqualTo(GenerationResult.Status.GENERATED);
            Map<String, String> files = project.snapshot();
            assertThat(files).containsKeys("com/example/shop/model/Item.java", "com/example/shop/model/Money.java");
            assertThat(files.get("com/example/shop/model/Item.java")).contains("public record Item(")
                    .contains("String sku", "Money price")
                    .contains("comments = \"contractgen 1.0-test from src/main/contracts/shop.yaml\"")
                    .doesNotContain("127.0.0.1");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void withoutAllowRemoteRefsTheBuildFailsAtTheReferenceAndTheServerIsNeverAsked() throws IOException {
        try (TestHttpsServer server = serving()) {
            TestProject project = new TestProject(tmp).write("shop.yaml", CONTRACT.formatted(server.baseUri()));

            GenerationResult result = Generator.standard().generate(project.request().build());

            assertThat(result.status()).isEqualTo(GenerationResult.Status.FAILED);
            assertThat(result.errors()).map(Diagnostic::toString).singleElement().satisfies(error -> assertThat(error)
                    .startsWith("shop.yaml:14:24: remote reference '" + server.baseUri() + "/models/item.yaml")
                    .contains("set allowRemoteRefs to fetch it"));
            assertThat(server.requestCount()).isZero();
        }
    }
}
