package io.github.contractgen.generator.reader;

import static io.github.contractgen.generator.reader.OpenApiFixtures.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Operation;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References to other files, remote references, duplicate ids and malformed files: located diagnostics. */
class OpenApiReaderProblemsTest {

    @Test
    void localFileReferencesAreResolvedRelativeToTheContract() {
        Service service = OpenApiFixtures.service("refs/main.yaml");
        assertThat(service.name()).isEqualTo("main");
        assertThat(service.types()).extracting(TypeDef::name).containsExactly("Detail", "Item", "Problem");
        Operation list = operation(service, "listItems");
        assertThat(list.responses().get(0).type()).contains(TypeRef.listOf(TypeRef.named("Item")));
        assertThat(list.responses().get(1).type()).contains(TypeRef.named("Problem"));
    }

    @Test
    void remoteReferenceIsRefusedWithItsLocation() {
        ReadResult result = OpenApiFixtures.read("remote.yaml");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.location().file()).isEqualTo("remote.yaml");
            assertThat(d.location().line()).isEqualTo(13);
            assertThat(d.location().column()).isEqualTo(17);
            assertThat(d.message()).contains("http://127.0.0.1:9/never/models.yaml#/Item")
                    .contains("set allowRemoteRefs to fetch it");
        });
    }

    @Test
    void remoteReferenceIsNeverFetchedUnlessAllowed(@TempDir Path directory) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] models = ("openapi: 3.0.3\ninfo: {title: m, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    Item:\n      type: object\n      properties:\n        id: {type: string}\n").getBytes(StandardCharsets.UTF_8);
        server.createContext("/models.yaml", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, models.length);
            exchange.getResponseBody().write(models);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/models.yaml";
            // The remote file is reached through a local one: the guard must follow local files too.
            Files.writeString(directory.resolve("local.yaml"), "components:\n  schemas:\n    Holder:\n"
                    + "      type: object\n      properties:\n        item: {$ref: '" + url + "#/components/schemas/Item'}\n");
            Path contract = directory.resolve("api.yaml");
            Files.writeString(contract, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                    + "      operationId: getA\n      responses:\n        '200':\n          description: ok\n"
                    + "          content:\n            application/json:\n              schema:\n"
                    + "                $ref: 'local.yaml#/components/schemas/Holder'\n");

            ReadResult refused = new OpenApiReader().read(directory, contract, ReaderOptions.defaults());
            assertThat(refused.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
                assertThat(d.toString()).startsWith("local.yaml:6:16: remote reference '" + url);
                assertThat(d.message()).contains("set allowRemoteRefs to fetch it");
            });
            assertThat(requests).hasValue(0);

            ReadResult allowed = new OpenApiReader().read(directory, contract, new ReaderOptions(true));
            assertThat(allowed.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
            assertThat(allowed.contract().get().services().get(0).types()).extracting(TypeDef::name).contains("Item");
            assertThat(requests.get()).isPositive();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDanglingInternalRefIsAnErrorUnlessLenientRefsMakesItAWarning(@TempDir Path directory) throws IOException {
        Path contract = directory.resolve("api.yaml");
        Files.writeString(contract, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      operationId: getA\n      responses:\n        '200':\n          description: ok\n"
                + "          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/Missing'}\n");

        ReadResult strict = new OpenApiReader().read(directory, contract, ReaderOptions.defaults());
        assertThat(strict.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("does not lead anywhere"));

        ReadResult lenient = new OpenApiReader().read(directory, contract, new ReaderOptions(false, true));
        assertThat(lenient.hasErrors()).isFalse();
        assertThat(lenient.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("does not lead anywhere").contains("lenientRefs");
        });
        assertThat(lenient.contract()).isPresent();
    }

    @Test
    void missingLocalFileIsAnErrorAtTheReference(@TempDir Path directory) throws IOException {
        Path contract = directory.resolve("api.yaml");
        Files.writeString(contract, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
                + "      responses:\n        '200':\n          description: ok\n          content:\n"
                + "            application/json:\n              schema: {$ref: 'missing.yaml#/X'}\n");
        ReadResult result = new OpenApiReader().read(directory, contract, ReaderOptions.defaults());
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith("api.yaml:11:24: reference 'missing.yaml#/X' names a file that does not exist"));
    }

    @Test
    void aRepeatedOperationIdKeepsTheFirstAndNamesTheOthersFromMethodAndPathWithAWarning() {
        ReadResult result = OpenApiFixtures.read("duplicate-ids.yaml");
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly("duplicate-ids.yaml:11:7: warning:"
                + " operationId 'fetch' is declared again; this operation is generated as 'fetchViaGetB': give it an"
                + " operationId of its own to choose the name (also declared at duplicate-ids.yaml:6:7)"
                + " [/paths/~1b/get/operationId]");
        // Derived ids that clash are made unique deterministically, in contract order.
        assertThat(result.contract().get().services().get(0).operations()).extracting(Operation::id, Operation::path)
                .containsExactly(tuple("fetch", "/a"), tuple("fetchViaGetB", "/b"), tuple("getCId", "/c/{id}"),
                        tuple("getCId2", "/c-{id}"));
    }

    @Test
    void malformedYamlReportsLineAndColumn() {
        ReadResult result = OpenApiFixtures.read("malformed.yaml");
        assertThat(result.contract()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("malformed.yaml:8:5: malformed YAML: expected ',' or ']'");
        });
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        ReadResult result = OpenApiFixtures.read("malformed.json");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).startsWith("malformed.json:4:13: malformed JSON: Unexpected character (',' ");
        });
    }

    @Test
    void swaggerParserMessagesAreLocatedWarnings() {
        ReadResult result = OpenApiFixtures.read("unexpected-attribute.yaml");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.toString()).isEqualTo("unexpected-attribute.yaml:11:11: warning: attribute"
                    + " paths.'/pets'(get).responses.200.unexpected is unexpected"
                    + " [/paths/~1pets/get/responses/200/unexpected]");
        });
    }

    /**
     * A placeholder no parameter fills would fail every call; a path parameter the path does not name
     * would be dropped from every call. Both are errors at the place to fix, once each (a path-level
     * parameter shared by two operations is reported once), and swagger-parser's own warning for the
     * first is not repeated.
     */
    @Test
    void pathTemplateAndPathParametersMustMatch() {
        ReadResult result = OpenApiFixtures.read("path-parameters.yaml");
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly(
                "path-parameters.yaml:4:3: the path '/owners/{ownerId}/pets/{petId}' has the placeholder"
                        + " {petId}, but 'get' declares no path parameter 'petId', so no call could fill it; add a"
                        + " parameter with name: petId and in: path to the operation or the path"
                        + " [/paths/~1owners~1{ownerId}~1pets~1{petId}]",
                "path-parameters.yaml:21:11: path parameter 'owner' does not appear in the path '/pets', so"
                        + " its value would never be sent; add {owner} to the path, or declare the parameter 'in'"
                        + " query or header if that is where it goes [/paths/~1pets/get/parameters/0]");
    }

    @Test
    void documentWithoutVersionFieldIsAnError(@TempDir Path directory) throws IOException {
        Path contract = directory.resolve("not-openapi.yaml");
        Files.writeString(contract, "info: {title: t}\npaths: {}\n");
        ReadResult result = new OpenApiReader().read(directory, contract, ReaderOptions.defaults());
        assertThat(result.contract()).isEmpty();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith("not-openapi.yaml:1:1: not an OpenAPI description"));
    }
}
