package io.github.contractgen.generator.reader.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.EventOperation;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote {@code $ref}s in AsyncAPI documents, against a real HTTP(S) server on 127.0.0.1: refused with
 * a located error by default (and the server never asked), fetched and resolved when allowed, with the
 * references inside a fetched document resolved against its URL, and a located error when the server
 * fails or its certificate is not trusted.
 */
class AsyncApiRemoteRefsTest {

    private static final String THING = """
            {"type": "object", "required": ["name"],
             "properties": {"name": {"type": "string"}, "part": {"$ref": "parts/part.json"}}}
            """;
    private static final String PART = """
            {"type": "object", "properties": {"weight": {"type": "integer"}}}
            """;

    @TempDir
    Path contracts;

    private Path contract(URI schema) throws IOException {
        Path file = contracts.resolve("things.yaml");
        Files.writeString(file, """
                asyncapi: 3.0.0
                info:
                  title: Things
                  version: 1.0.0
                channels:
                  things:
                    address: things
                    messages:
                      thing:
                        payload:
                          $ref: '%s'
                operations:
                  receiveThing:
                    action: receive
                    channel:
                      $ref: '#/channels/things'
                """.formatted(schema));
        return file;
    }

    private static TestHttpsServer serving(TestHttpsServer server) {
        server.handle("/schemas/thing.json", request -> TestResponse.json(200, THING));
        server.handle("/schemas/parts/part.json", request -> TestResponse.json(200, PART));
        return server;
    }

    private ReadResult read(Path file, boolean allowRemote) {
        return new AsyncApiReader().read(contracts, file, new ReaderOptions(allowRemote));
    }

    @Test
    void allowedRemoteReferencesAreFetchedAndResolvedWithTheRelativeOnesInside() throws IOException {
        try (TestHttpsServer server = serving(TestHttpsServer.http())) {
            ReadResult result = read(contract(server.baseUri().resolve("/schemas/thing.json")), true);

            assertThat(result.diagnostics()).isEmpty();
            EventOperation operation = result.contract().orElseThrow().events().get(0).operations().get(0);
            assertThat(operation.message().payload()).isEqualTo(TypeRef.named("thing"));
            TypeDef.RecordDef thing = (TypeDef.RecordDef) result.contract().orElseThrow().services().get(0).types().stream()
                    .filter(type -> type.name().equals("thing")).findFirst().orElseThrow();
            assertThat(thing.properties()).extracting(property -> property.name() + " " + property.type())
                    .contains("part " + TypeRef.named("part"));
            assertThat(server.requests()).extracting(RecordedRequest::rawPath)
                    .containsExactly("/schemas/thing.json", "/schemas/parts/part.json");
        }
    }

    @Test
    void remoteReferencesAreRefusedByDefaultWithAFileLineAndColumnAndNeverFetched() throws IOException {
        try (TestHttpsServer server = serving(TestHttpsServer.http())) {
            URI schema = server.baseUri().resolve("/schemas/thing.json");
            ReadResult result = read(contract(schema), false);

            Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertThat(error.location().file()).isEqualTo("things.yaml");
            assertThat(error.location().line()).isEqualTo(11);
            assertThat(error.location().column()).isGreaterThan(0);
            assertThat(error.message()).contains(schema.toString(), "set allowRemoteRefs to fetch it");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aServerErrorIsALocatedErrorNamingTheUrl() throws IOException {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            URI schema = server.baseUri().resolve("/schemas/missing.json");
            ReadResult result = read(contract(schema), true);

            Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertThat(error.location().file()).isEqualTo("things.yaml");
            assertThat(error.location().line()).isEqualTo(11);
            assertThat(error.message()).contains("could not be fetched from " + schema, "HTTP 404");
        }
    }

    @Test
    void anHttpsServerWhoseCertificateIsNotTrustedIsRefused(@TempDir Path certificates) throws IOException {
        TestCertificates certs = TestCertificates.generate(certificates);
        try (TestHttpsServer server = serving(TestHttpsServer.https(
                certs.serverSslContext(TestCertificates.ServerIdentity.GOOD), false))) {
            URI schema = server.baseUri().resolve("/schemas/thing.json");
            ReadResult result = read(contract(schema), true);

            Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            assertThat(error.location().line()).isEqualTo(11);
            assertThat(error.message()).contains("could not be fetched from " + schema, "SSLHandshakeException");
            assertThat(server.requestCount()).isZero();
        }
    }
}
