package io.github.contractgen.generator.reader.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RemoteDocumentsTest {

    @Test
    void aDocumentWithinTheLimitIsReadWhole() throws Exception {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/a.json", request -> TestResponse.json(200, "{\"a\": 1}"));

            byte[] bytes = new RemoteDocuments(64).fetch(server.baseUri().resolve("/a.json"));

            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}");
        }
    }

    @Test
    void aDocumentBeyondTheLimitIsRefused() throws Exception {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/big.json", request -> TestResponse.json(200, "[" + "1,".repeat(5000) + "1]"));

            assertThatThrownBy(() -> new RemoteDocuments(1024).fetch(server.baseUri().resolve("/big.json")))
                    .isInstanceOf(RemoteDocuments.FetchException.class)
                    .hasMessageContaining("larger than 1024 bytes");
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        assertThatThrownBy(() -> new RemoteDocuments().fetch(URI.create("ftp://127.0.0.1/a.json")))
                .isInstanceOf(RemoteDocuments.FetchException.class)
                .hasMessageContaining("only http and https");
    }
}
