package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OAuth2 client credentials against a token endpoint served over HTTPS on 127.0.0.1. */
class OAuth2Test {

    static final String SECRET = "client-SECRET-42";

    @TempDir
    Path dir;

    TestHttpsServer server;
    TlsConfig tls;
    AtomicInteger tokensIssued = new AtomicInteger();

    @BeforeEach
    void start() {
        TestCertificates certs = TestCertificates.generate(dir);
        tls = TlsConfig.trustPem(certs.caBundle());
        server = TestHttpsServer.https(certs.serverSslContext(ServerIdentity.GOOD), false);
        server.handle("/api", r -> r.header("authorization").orElse("").startsWith("Bearer tok-")
                ? TestResponse.text(200, "hello " + r.header("authorization").orElseThrow().substring(7))
                : TestResponse.status(401));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientCredentialsTokenProvider provider(String path) {
        return ClientCredentialsTokenProvider.builder().tokenUri(server.baseUri().resolve(path))
                .clientId("my client").clientSecret(SECRET).scopes(List.of("read", "write")).tls(tls).build();
    }

    private RestClientCore core(ClientCredentialsTokenProvider tokens) {
        return Calls.core(server.baseUri(), o -> o.tls(tls).credentials(List.of(Credentials.oauth2("oauth", tokens))));
    }

    private static RestCall<String> api() {
        return RestCall.builder("hello", "GET", "/api",
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .security(List.of(List.of("oauth"))).build();
    }

    private void issueTokens(String expiresIn) {
        server.handle("/token", r -> TestResponse.json(200, "{\"access_token\":\"tok-" + tokensIssued.incrementAndGet()
                + "\",\"token_type\":\"Bearer\"" + (expiresIn == null ? "" : ",\"expires_in\":" + expiresIn) + "}"));
    }

    @Test
    void fetchesATokenOnceAndCachesItAcrossCalls() throws Exception {
        issueTokens("3600");
        try (RestClientCore core = core(provider("/token"))) {
            assertThat(core.call(api())).isEqualTo("hello tok-1");
            assertThat(core.callAsync(api()).get()).isEqualTo("hello tok-1");
        }
        List<RecordedRequest> tokenRequests = server.requests().stream().filter(r -> r.rawPath().equals("/token")).toList();
        assertThat(tokenRequests).hasSize(1);
        RecordedRequest token = tokenRequests.get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.header("content-type")).hasValue("application/x-www-form-urlencoded");
        assertThat(token.bodyText()).isEqualTo("grant_type=client_credentials&scope=read+write");
        assertThat(token.header("authorization")).hasValue("Basic " + Base64.getEncoder()
                .encodeToString(("my+client:" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fetchesAgainWhenTheTokenExpires() {
        issueTokens("0");
        try (RestClientCore core = core(provider("/token"))) {
            assertThat(core.call(api())).isEqualTo("hello tok-1");
            assertThat(core.call(api())).isEqualTo("hello tok-2");
        }
    }

    @Test
    void aRefusedTokenRequestNamesTheErrorButNotTheSecret() {
        server.handle("/token", r -> TestResponse.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad\"}"));
        ClientCredentialsTokenProvider tokens = provider("/token");
        try (RestClientCore core = core(tokens)) {
            assertThatThrownBy(() -> core.call(api())).isInstanceOf(ContractgenException.class)
                    .hasMessage("OAuth2 token request to " + server.baseUri() + "/token failed: HTTP 401, error invalid_client: bad")
                    .satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET));
            // A failed fetch is not cached: the next call asks again.
            issueTokens(null);
            assertThat(core.call(api())).isEqualTo("hello tok-1");
        }
    }

    @Test
    void theBuilderNamesWhatIsMissing() {
        assertThatThrownBy(() -> ClientCredentialsTokenProvider.builder().tokenUri(URI.create("https://x/token"))
                .clientSecret("s").build()).hasMessage("clientId is required: set it with clientId(String)");
    }
}
