package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.auth.Loopback;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credentials never go over plain http to a host that is not loopback unless the builder asks for it
 * by name. The refusals are checked at build time, without sending anything; the calls that are sent
 * go to 127.0.0.1.
 */
class PlainHttpCredentialsTest {

    private static final Credential TOKEN = Credentials.bearer("bearerAuth", () -> "t0ken");
    private static final Credential KEY = Credentials.apiKey("apiKey", ApiKeyLocation.QUERY, "key", () -> "k3y");

    private static HttpClientOptions.Builder options(String baseUri, Credential... credentials) {
        return HttpClientOptions.builder().serviceName("petstore").baseUri(URI.create(baseUri)).credentials(List.of(credentials));
    }

    @Test
    void credentialsForAPlainHttpHostThatIsNotLoopbackFailBuildNamingTheServiceTheHostAndTheSetting() {
        assertThatThrownBy(() -> options("http://example.invalid/v1", TOKEN, KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("petstore: refusing to send credentials [bearerAuth, apiKey] over plain http to example.invalid,"
                        + " where anyone on the network can read them; use https, or call allowCredentialsOverPlainHttp()"
                        + " on the client's builder if this network is trusted (plain http to 127.0.0.1, ::1 or localhost"
                        + " is always allowed)");
    }

    @Test
    void httpsNoCredentialsOrTheNamedSettingBuild() {
        assertThat(options("https://example.invalid/v1", TOKEN).build().baseUri().getHost()).isEqualTo("example.invalid");
        assertThat(options("http://example.invalid/v1").build().credentials()).isEmpty();
        HttpClientOptions allowed = options("http://example.invalid/v1", TOKEN).allowCredentialsOverPlainHttp(true).build();
        assertThat(allowed.allowCredentialsOverPlainHttp()).isTrue();
        assertThat(allowed.toBuilder().build().allowCredentialsOverPlainHttp()).as("toBuilder keeps it").isTrue();
        assertThat(options("http://example.invalid/v1", TOKEN).allowCredentialsOverPlainHttp(true)
                .allowCredentialsOverPlainHttp(false)).satisfies(builder -> assertThatThrownBy(builder::build)
                        .hasMessageContaining("allowCredentialsOverPlainHttp()"));
    }

    @ParameterizedTest(name = "{0}: loopback {1}")
    @CsvSource({"127.0.0.1, true", "127.45.6.7, true", "[::1], true", "[0:0:0:0:0:0:0:1], true", "localhost, true",
            "LocalHost, true", "localhost., true", "128.0.0.1, false", "10.0.0.1, false", "126.255.255.255, false",
            "127.0.0.256, false", "[::2], false", "localhost.example.com, false", "127.0.0.1.nip.io, false",
            "example.invalid, false"})
    void loopbackIsALiteralLoopbackAddressOrTheNameLocalhostAndNothingIsResolved(String host, boolean loopback) {
        assertThat(Loopback.isLoopback(host)).isEqualTo(loopback);
        if (loopback) {
            assertThat(options("http://" + host + ":8080", TOKEN).build().credentials()).hasSize(1);
        } else if (URI.create("http://" + host + ":8080").getHost() != null) {
            assertThatThrownBy(() -> options("http://" + host + ":8080", TOKEN).build())
                    .hasMessageContaining("over plain http to " + host + ",");
        }
    }

    @Test
    void aCallOverPlainHttpToLoopbackCarriesItsCredentials() {
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/", request -> TestResponse.text(200, "fine"));
            for (boolean allow : List.of(false, true)) {
                try (RestClientCore core = RestClientCore.create(options(server.baseUri().toString(), TOKEN)
                        .allowCredentialsOverPlainHttp(allow).build())) {
                    RestCall<String> call = RestCall.builder("getText", "GET", "/x",
                            ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                            .security(List.of(List.of("bearerAuth"))).build();
                    assertThat(core.call(call)).isEqualTo("fine");
                }
                assertThat(server.takeRequest().header("authorization")).hasValue("Bearer t0ken");
            }
        }
    }

    @Test
    void anOAuth2ClientSecretIsNotSentToAPlainHttpTokenEndpointThatIsNotLoopback() {
        ClientCredentialsTokenProvider.Builder provider = ClientCredentialsTokenProvider.builder()
                .tokenUri(URI.create("http://auth.example.invalid/token")).clientId("app").clientSecret("s3cret");
        assertThatThrownBy(provider::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("OAuth2 token endpoint: refusing to send the client secret over plain http to auth.example.invalid,"
                        + " where anyone on the network can read them; use https, or call allowCredentialsOverPlainHttp()"
                        + " on ClientCredentialsTokenProvider.builder() if this network is trusted (plain http to 127.0.0.1,"
                        + " ::1 or localhost is always allowed)");
        assertThat(provider.allowCredentialsOverPlainHttp().build()).hasToString(
                "ClientCredentialsTokenProvider[http://auth.example.invalid/token]");
        assertThat(ClientCredentialsTokenProvider.builder().tokenUri(URI.create("http://127.0.0.1:1/token"))
                .clientId("app").clientSecret("s3cret").build()).isNotNull();
    }
}
