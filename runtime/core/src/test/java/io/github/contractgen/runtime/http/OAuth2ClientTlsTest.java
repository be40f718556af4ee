package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.auth.TokenProvider;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client-credentials provider built without TLS settings fetches its tokens with the TLS settings
 * of the client it is given to: a token endpoint behind a private CA, and one that demands a client
 * certificate, both served over HTTPS on 127.0.0.1.
 */
class OAuth2ClientTlsTest {

    @TempDir
    Path dir;

    TestCertificates certs;
    TestHttpsServer server;

    @BeforeEach
    void certificates() {
        certs = TestCertificates.generate(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void serve(boolean needClientAuth) {
        server = TestHttpsServer.https(certs.serverSslContext(ServerIdentity.GOOD), needClientAuth);
        server.handle("/token", r -> TestResponse.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600}"));
        server.handle("/api", r -> TestResponse.text(200, r.header("authorization").orElse("none")));
    }

    private ClientCredentialsTokenProvider providerWithoutTls() {
        return ClientCredentialsTokenProvider.builder().tokenUri(server.baseUri().resolve("/token"))
                .clientId("id").clientSecret("secret").build();
    }

    private static RestCall<String> api() {
        return RestCall.builder("hello", "GET", "/api",
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .security(List.of(List.of("oauth"))).build();
    }

    private String callWith(TlsConfig tls, TokenProvider tokens) {
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.tls(tls).credentials(List.of(Credentials.oauth2("oauth", tokens))))) {
            return core.call(api());
        }
    }

    @Test
    void aTokenEndpointBehindAPrivateCaIsTrustedThroughTheClientsTls() {
        serve(false);
        ClientCredentialsTokenProvider tokens = providerWithoutTls();

        assertThat(callWith(TlsConfig.trustPem(certs.caBundle()), tokens)).isEqualTo("Bearer tok-1");
        assertThatThrownBy(tokens::token).as("on its own, the provider trusts only the system's CAs")
                .isInstanceOf(ContractgenException.class);
    }

    @Test
    void aTokenEndpointThatDemandsAClientCertificateGetsTheClientsOne() {
        serve(true);
        TlsConfig mutual = TlsConfig.fromPem(certs.clientCertificateChain(), certs.clientKey(), certs.caBundle());

        assertThat(callWith(mutual, providerWithoutTls())).isEqualTo("Bearer tok-1");
        RecordedRequest tokenRequest = server.requests().stream()
                .filter(r -> r.rawPath().equals("/token")).findFirst().orElseThrow();
        assertThat(tokenRequest.clientCertificateSubject()).isEqualTo(certs.clientCertificate().getSubjectX500Principal().getName());
    }

    @Test
    void aProviderGivenItsOwnTlsKeepsIt() {
        serve(false);
        ClientCredentialsTokenProvider own = ClientCredentialsTokenProvider.builder()
                .tokenUri(server.baseUri().resolve("/token")).clientId("id").clientSecret("secret")
                .tls(TlsConfig.trustPem(certs.otherCaBundle())).build();

        assertThat(own.withClientTls(TlsConfig.trustPem(certs.caBundle()))).isSameAs(own);
        assertThatThrownBy(() -> callWith(TlsConfig.trustPem(certs.caBundle()), own))
                .as("its own trust store does not know the token endpoint's CA")
                .isInstanceOf(ContractgenException.class);
        assertThat(server.requests()).noneMatch(r -> r.rawPath().equals("/api"));
    }
}
