package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.naming.SymbolTable;
import io.github.contractgen.generator.reader.OpenApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contracts read from {@code src/test/resources/openapi/wire}, generated, compiled and called against a
 * real server on 127.0.0.1: the request on the wire is the one the contract describes, down to the
 * media types and the absence of a body the caller left out.
 */
class ContractWireTest {

    private TestHttpsServer server;
    private Object client;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            call(client, "close");
        }
        server.close();
    }

    /** Generates the client of {@code wire/<file>}, compiles it and builds one for the test server. */
    private void client(String file, String basePath) throws Exception {
        Path contract = Path.of(Objects.requireNonNull(ContractWireTest.class.getResource("/openapi/wire/" + file),
                file).toURI());
        ReadResult read = new OpenApiReader().read(contract.getParent(), contract, ReaderOptions.defaults());
        assertThat(read.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        Contract model = read.contract().orElseThrow();
        Service service = model.services().get(0);
        EmitContext context = new EmitContext(model, service,
                SymbolTable.of("com.example", List.of(service.name()), service), "test");
        ClassLoader loader = ClientCompileTest.compile(context);
        String clientClass = context.symbols().serviceClass("Client").reflectionName();
        Object builder = call(loader.loadClass(clientClass), "builder");
        call(builder, "baseUri", URI.create(server.baseUri() + basePath));
        client = call(builder, "build");
    }

    @Test
    void swagger2OperationLevelProducesAndConsumesWinOverTheDocumentsOwn() throws Exception {
        client("csv-report.yaml", "/api");
        server.handle("/api/reports/", request -> request.header("Accept").orElse("").equals("text/csv")
                ? TestResponse.text(200, "id,total\n1,9\n").withHeader("Content-Type", "text/csv")
                : TestResponse.status(406));
        server.handle("/api/imports", request -> request.header("Accept").orElse("").equals("text/csv")
                ? TestResponse.text(200, "").withHeader("Content-Type", "text/csv")
                : TestResponse.status(406));
        server.handle("/api/status", request -> TestResponse.text(200, "up"));

        assertThat(call(client, "downloadReport", "r1")).isEqualTo("id,total\n1,9\n");
        assertThat(call(client, "importRows", "a,b\n")).isEqualTo("");
        assertThat(call(client, "status")).isEqualTo("up");

        assertThat(server.takeRequest().header("Accept")).hasValue("text/csv");
        RecordedRequest imported = server.takeRequest();
        assertThat(imported.header("Content-Type")).hasValue("text/csv");
        assertThat(imported.bodyText()).isEqualTo("a,b\n");
        assertThat(server.takeRequest().header("Accept")).as("the document's produces where the operation has none")
                .hasValue("text/plain");
    }

    @Test
    void optionalBodiesLeftOutSendNoBodyAndNoContentType() throws Exception {
        client("optional-bodies.yaml", "");
        server.handle("/", request -> TestResponse.status(204));

        call(client, "uploadDocument");
        call(client, "uploadDocument", null, null);
        call(client, "saveSettings");
        call(client, "addNote");

        for (String path : List.of("/documents", "/documents", "/settings", "/notes")) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.method() + " " + request.rawPath()).isEqualTo("POST " + path);
            assertThat(request.header("Content-Type")).as(path).isEmpty();
            assertThat(request.body()).as(path).isEmpty();
        }
    }

    @Test
    void optionalBodiesGivenAreSentWhole() throws Exception {
        client("optional-bodies.yaml", "");
        server.handle("/", request -> TestResponse.status(204));

        call(client, "uploadDocument", null, new BinaryPart("a.txt", "text/plain", "hi".getBytes(StandardCharsets.UTF_8)));
        call(client, "saveSettings", "dark");

        RecordedRequest upload = server.takeRequest();
        assertThat(upload.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("multipart/form-data; boundary="));
        assertThat(upload.bodyText()).contains("name=\"file\"; filename=\"a.txt\"").doesNotContain("name=\"title\"");
        RecordedRequest settings = server.takeRequest();
        assertThat(settings.header("Content-Type")).hasValue("application/x-www-form-urlencoded");
        assertThat(settings.bodyText()).isEqualTo("theme=dark");
    }

    @Test
    void aJsonBodyIsSentAsTheJsonMediaTypeTheContractDeclares() throws Exception {
        client("optional-bodies.yaml", "");
        server.handle("/notes/", request -> TestResponse.status(204));
        Class<?> note = client.getClass().getClassLoader().loadClass("com.example.optionalbodies.model.Note");

        call(client, "patchNote", "n1", note.getConstructors()[0].newInstance("hello"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.method() + " " + request.rawPath()).isEqualTo("PATCH /notes/n1");
        assertThat(request.header("Content-Type")).hasValue("application/merge-patch+json");
        assertThat(request.bodyText()).isEqualTo("{\"text\":\"hello\"}");
    }

    /** swagger-parser's 2.0 resolver kept one of two parameters of one name; the path one was lost. */
    @Test
    void swagger2PathAndQueryParametersOfOneNameAreBothSent() throws Exception {
        client("proxy-path.yaml", "");
        server.handle("/nodes/", request -> TestResponse.text(200, "ok"));

        assertThat(call(client, "proxyNode", "n1", "a b", "/metrics")).isEqualTo("ok");

        RecordedRequest request = server.takeRequest();
        assertThat(request.rawPath()).isEqualTo("/nodes/n1/proxy/a%20b");
        assertThat(request.rawQuery()).isEqualTo("path=%2Fmetrics");
    }

    /** The required name the contract forgot to declare is a component, so a request can carry it. */
    @Test
    void aRequiredNameWithoutAPropertyIsSent() throws Exception {
        client("required-typo.yaml", "");
        server.handle("/pets", request -> TestResponse.status(204));
        Class<?> pet = client.getClass().getClassLoader().loadClass("com.example.requiredtypo.model.Pet");
        assertThat(pet.getRecordComponents()).extracting(c -> c.getName() + ":" + c.getType().getSimpleName())
                .containsExactly("name:String", "tag:String", "nmae:Object");

        call(client, "addPet", pet.getConstructors()[0].newInstance("Rex", null, "Rex"));

        assertThat(server.takeRequest().bodyText()).isEqualTo("{\"name\":\"Rex\",\"nmae\":\"Rex\"}");
    }
}
