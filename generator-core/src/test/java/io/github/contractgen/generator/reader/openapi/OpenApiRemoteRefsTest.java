package io.github.contractgen.generator.reader.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.OpenApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.reader.source.Problems;
import io.github.contractgen.generator.reader.source.RemoteDocuments;
import io.github.contractgen.generator.reader.source.SourceDocument;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote {@code $ref}s in OpenAPI 3 and 2.0 contracts against real servers on 127.0.0.1: refused by
 * default without asking the server; when allowed, fetched through {@link RemoteDocuments} (never by
 * swagger-parser), with nested, relative and fragment references and cycles across documents resolved,
 * and every failure located at the reference and naming the URL without its secrets.
 */
class OpenApiRemoteRefsTest {

    private static final String PET = """
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    tag: {$ref: '#/components/schemas/Tag'}
                    owner: {$ref: 'people/owner.yaml'}
                Tag:
                  type: object
                  properties:
                    label: {type: string}
            """;
    /** A whole document as a schema, referring back to the document that refers to it. */
    private static final String OWNER = """
            type: object
            properties:
              name: {type: string}
              pets:
                type: array
                items: {$ref: '../pet.yaml#/components/schemas/Pet'}
            """;
    private static final String COMMON = """
            components:
              parameters:
                Id: {name: id, in: path, required: true, schema: {type: string}}
            """;

    @TempDir
    Path contracts;

    private static TestHttpsServer serving(TestHttpsServer server) {
        server.handle("/schemas/pet.yaml", request -> TestResponse.text(200, PET));
        server.handle("/schemas/people/owner.yaml", request -> TestResponse.text(200, OWNER));
        server.handle("/common.yaml", request -> TestResponse.text(200, COMMON));
        return server;
    }

    private Path openApi3(String petRef, String parameterRef) throws IOException {
        return write("pets.yaml", """
                openapi: 3.0.3
                info: {title: Pets, version: 1.0.0}
                paths:
                  /pets/{id}:
                    get:
                      operationId: getPet
                      parameters:
                        - $ref: '%s'
                      responses:
                        '200':
                          description: the pet
                          content:
                            application/json:
                              schema:
                                $ref: '%s'
                components:
                  parameters:
                    Id: {name: id, in: path, required: true, schema: {type: string}}
                """.formatted(parameterRef, petRef));
    }

    private Path write(String name, String content) throws IOException {
        Path file = contracts.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private ReadResult read(Path file, boolean allowRemote) {
        return new OpenApiReader().read(contracts, file, new ReaderOptions(allowRemote));
    }

    private static Diagnostic firstError(ReadResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .orElseThrow(() -> new AssertionError("no error in " + result.diagnostics()));
    }

    private static TypeDef.RecordDef record(Service service, String name) {
        return (TypeDef.RecordDef) service.types().stream().filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no type " + name + " in " + service.types()));
    }

    private static List<String> properties(TypeDef.RecordDef record) {
        return record.properties().stream().map(property -> property.name() + " " + property.type()).toList();
    }

    @Test
    void remoteSchemasAreFetchedOnceEachWithNestedRelativeAndCyclicReferencesResolved() throws IOException {
        try (TestHttpsServer server = serving(TestHttpsServer.http())) {
            URI base = server.baseUri();
            ReadResult result = read(openApi3(base + "/schemas/pet.yaml#/components/schemas/Pet",
                    base + "/common.yaml#/components/parameters/Id"), true);

            assertThat(result.diagnostics()).isEmpty();
            Service service = result.contract().orElseThrow().services().get(0);
            assertThat(properties(record(service, "Pet")))
                    .contains("tag " + TypeRef.named("Tag"), "owner " + TypeRef.named("owner"));
            assertThat(properties(record(service, "owner"))).contains("pets " + TypeRef.listOf(TypeRef.named("Pet")));
            assertThat(service.operations().get(0).parameters()).extracting(parameter -> parameter.name())
                    .containsExactly("id");
            assertThat(server.requests()).extracting(RecordedRequest::rawPath).containsExactlyInAnyOrder(
                    "/common.yaml", "/schemas/pet.yaml", "/schemas/people/owner.yaml");
        }
    }

    @Test
    void swagger2ContractsResolveRemoteDefinitionsTheSameWay() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/defs.json", request -> TestResponse.json(200, """
                    {"definitions": {"Order": {"type": "object", "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "lines": {"type": "array", "items": {"$ref": "#/definitions/Line"}}}},
                     "Line": {"type": "object", "properties": {"sku": {"type": "string"}}}}}
                    """));
            Path contract = write("orders.yaml", """
                    swagger: '2.0'
                    info: {title: Orders, version: 1.0.0}
                    paths:
                      /orders:
                        get:
                          operationId: listOrders
                          produces: [application/json]
                          responses:
                            '200':
                              description: the orders
                              schema:
                                type: array
                                items: {$ref: '%s/defs.json#/definitions/Order'}
                    """.formatted(server.baseUri()));

            ReadResult result = read(contract, true);

            assertThat(result.diagnostics()).isEmpty();
            Service service = result.contract().orElseThrow().services().get(0);
            assertThat(properties(record(service, "Order"))).contains("lines " + TypeRef.listOf(TypeRef.named("Line")));
            assertThat(record(service, "Line").properties()).extracting(property -> property.name()).containsExactly("sku");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void remoteReferencesAreRefusedByDefaultAtTheirLineAndTheServerIsNeverAsked() throws IOException {
        try (TestHttpsServer server = serving(TestHttpsServer.http())) {
            String pet = server.baseUri() + "/schemas/pet.yaml#/components/schemas/Pet";
            ReadResult result = read(openApi3(pet, "#/components/parameters/Id"), false);

            Diagnostic error = firstError(result);
            assertThat(error.toString()).startsWith("pets.yaml:15:17: remote reference '" + pet + "' is not fetched");
            assertThat(error.message()).contains("set allowRemoteRefs to fetch it");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aMissingDocumentIsLocatedAtTheReferenceAndNamesTheUrlWithoutItsSecrets() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            String authority = "127.0.0.1:" + server.port();
            ReadResult result = read(openApi3("http://user:hunter2@" + authority
                    + "/missing.yaml?access_token=s3cret#/components/schemas/Pet", "#/components/parameters/Id"), true);

            Diagnostic error = firstError(result);
            assertThat(error.toString()).startsWith("pets.yaml:15:17: remote reference 'http://" + authority
                    + "/missing.yaml#/components/schemas/Pet' could not be fetched from http://" + authority
                    + "/missing.yaml: the server answered HTTP 404");
            assertThat(error.toString()).doesNotContain("hunter2", "s3cret", "user");
            RecordedRequest request = server.takeRequest();
            assertThat(request.headers()).doesNotContainKeys("authorization", "cookie");
        }
    }

    @Test
    void anErrorInsideAFetchedDocumentIsLocatedThereAndNamesTheContract() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/schemas/pet.yaml", request -> TestResponse.text(200, PET));
            URI pet = server.baseUri().resolve("/schemas/pet.yaml");
            ReadResult result = read(openApi3(pet + "#/components/schemas/Pet", "#/components/parameters/Id"), true);

            Diagnostic error = firstError(result);
            assertThat(error.toString()).startsWith(pet + ":9:17: remote reference 'people/owner.yaml' could not be"
                    + " fetched from " + server.baseUri() + "/schemas/people/owner.yaml: the server answered HTTP 404"
                    + " (reached from pets.yaml)");
        }
    }

    @Test
    void aCertificateTheJdkDoesNotTrustIsRefused(@TempDir Path certificates) throws IOException {
        TestCertificates certs = TestCertificates.generate(certificates);
        try (TestHttpsServer server = serving(TestHttpsServer.https(
                certs.serverSslContext(TestCertificates.ServerIdentity.GOOD), false))) {
            String pet = server.baseUri() + "/schemas/pet.yaml";
            ReadResult result = read(openApi3(pet + "#/components/schemas/Pet", "#/components/parameters/Id"), true);

            assertThat(firstError(result).toString()).startsWith("pets.yaml:15:17:")
                    .contains("could not be fetched from " + pet, "SSLHandshakeException");
            assertThat(server.requestCount()).isZero();
        }
    }

    /**
     * Decision: redirects are followed to any host (public contracts often sit behind one), since no
     * credentials are ever sent there is nothing to forward; relative references in the document lead
     * from where it was read in the end.
     */
    @Test
    void aRedirectToAnotherHostIsFollowedWithoutCredentials() throws IOException {
        try (TestHttpsServer target = serving(TestHttpsServer.http()); TestHttpsServer origin = TestHttpsServer.http()) {
            origin.handle("/moved/pet.yaml", request -> TestResponse.status(302)
                    .withHeader("Location", target.baseUri("localhost") + "/schemas/pet.yaml"));
            ReadResult result = read(openApi3("http://user:hunter2@127.0.0.1:" + origin.port()
                    + "/moved/pet.yaml?access_token=s3cret#/components/schemas/Pet", "#/components/parameters/Id"), true);

            assertThat(result.diagnostics()).isEmpty();
            assertThat(record(result.contract().orElseThrow().services().get(0), "owner").properties()).isNotEmpty();
            assertThat(origin.takeRequest().headers()).doesNotContainKeys("authorization", "cookie");
            assertThat(target.requests()).extracting(RecordedRequest::rawPath)
                    .containsExactlyInAnyOrder("/schemas/pet.yaml", "/schemas/people/owner.yaml");
            assertThat(target.requests()).allSatisfy(request -> {
                assertThat(request.headers()).doesNotContainKeys("authorization", "cookie");
                assertThat(request.rawQuery()).isNull();
            });
        }
    }

    @Test
    void referencesThatOnlyReferToEachOtherAcrossDocumentsEndInAnErrorNotAHang() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/a.yaml", request -> TestResponse.text(200, "A: {$ref: 'b.yaml#/B'}\n"));
            server.handle("/b.yaml", request -> TestResponse.text(200, "B: {$ref: 'a.yaml#/A'}\n"));
            ReadResult result = read(openApi3(server.baseUri() + "/a.yaml#/A", "#/components/parameters/Id"), true);

            assertThat(firstError(result).message()).contains("references lead in a circle");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void aDocumentBeyondTheSizeLimitIsRefusedAtTheReference() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/big.yaml", request -> TestResponse.text(200, "a: '" + "x".repeat(10_000) + "'\n"));
            String url = server.baseUri() + "/big.yaml";

            List<Diagnostic> diagnostics = resolve(openApi3(url + "#/a", "#/components/parameters/Id"),
                    new RemoteDocuments(4096, RemoteDocuments.REQUEST_TIMEOUT));

            assertThat(diagnostics).singleElement().satisfies(error -> assertThat(error.toString()).startsWith(
                    "pets.yaml:15:17: remote reference '" + url + "#/a' could not be fetched from " + url
                            + ": the document is larger than 4096 bytes"));
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRefusedAtTheReference() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/slow.yaml", request -> {
                Thread.sleep(Duration.ofMinutes(5).toMillis()); // interrupted when the server closes
                return TestResponse.status(200);
            });
            String url = server.baseUri() + "/slow.yaml";

            List<Diagnostic> diagnostics = resolve(openApi3(url, "#/components/parameters/Id"),
                    new RemoteDocuments(RemoteDocuments.MAX_BYTES, Duration.ofSeconds(1)));

            // Which of the two timeouts (headers, whole body) reports first depends on the machine's load.
            assertThat(diagnostics).singleElement().satisfies(error -> assertThat(error.toString())
                    .startsWith("pets.yaml:15:17: remote reference '" + url + "' could not be fetched from " + url)
                    .containsAnyOf("HttpTimeoutException", "no complete response within 1 s"));
        }
    }

    /** {@link RemoteRefs} alone, with tighter limits than a real read uses. */
    private List<Diagnostic> resolve(Path contract, RemoteDocuments remote) {
        Problems problems = new Problems("pets.yaml");
        SourceDocument document = SourceDocument.load(contract, "pets.yaml", problems).orElseThrow();
        RemoteRefs.resolve(document, problems, () -> remote);
        return problems.diagnostics();
    }
}
