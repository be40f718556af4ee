package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.github.contractgen.testsupport.faults.CredentialEcho;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server on 127.0.0.1 that echoes the credentials it was sent ({@link CredentialEcho}) in a 401 body
 * and a response header: for each kind of credential, sync and async, neither the exception (message,
 * {@code toString}, cause chain, headers, bodies) nor the observer shows what was sent.
 */
class EchoedCredentialsTest {

    /** Every secret holds this marker, so that any form of it that keeps its letters is caught. */
    private static final String MARKER = "SECRET";
    private static final String BASIC_PASSWORD = "pw:" + MARKER + "\"5";
    /** The one form of a secret that does not keep the marker's letters. */
    private static final String BASIC_BASE64 = Base64.getEncoder()
            .encodeToString(("alice:" + BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));

    TestHttpsServer server;
    RecordingObserver observer;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        server.handle("/token", request -> TestResponse.json(200, "{\"access_token\":\"oa." + MARKER + "/6+\",\"expires_in\":300}"));
        observer = new RecordingObserver();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Each kind of credential the runtime supports, with characters that change when encoded. */
    static Stream<Arguments> credentials() {
        Map<String, Function<URI, Credential>> kinds = Map.of(
                "header API key", base -> Credentials.apiKey("auth", ApiKeyLocation.HEADER, "X-API-Key", () -> "hk/" + MARKER + "+1="),
                "query API key", base -> Credentials.apiKey("auth", ApiKeyLocation.QUERY, "api_key", () -> "qk/" + MARKER + "+2 x&y"),
                "cookie API key", base -> Credentials.apiKey("auth", ApiKeyLocation.COOKIE, "session", () -> "ck-" + MARKER + "-3"),
                "bearer token", base -> Credentials.bearer("auth", () -> "bt." + MARKER + "/4+"),
                "basic password", base -> Credentials.basic("auth", "alice", BASIC_PASSWORD),
                "OAuth2 access token", base -> Credentials.oauth2("auth", ClientCredentialsTokenProvider.builder()
                        .tokenUri(base.resolve("/token")).clientId("app").clientSecret("cs-" + MARKER + "-7").build()));
        return kinds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(kind -> Stream.of(Arguments.of(kind.getKey(), kind.getValue(), false),
                        Arguments.of(kind.getKey(), kind.getValue(), true)));
    }

    private static RestCall<String> call() {
        return RestCall.builder("getThing", "GET", "/things/{id}", ResponseSpec.<String>builder()
                        .success("200", ResponseBody.text())
                        .error("401", ResponseBody.json(Calls.JSON_OBJECT), (response, body) ->
                                new ApiException(response.operationId(), response, body))
                        .build())
                .pathParam("id", 7).queryParam("q", "visible", QueryStyle.FORM, true)
                .security(List.of(List.of("auth"))).build();
    }

    @ParameterizedTest(name = "{0}, async {2}")
    @MethodSource("credentials")
    void aServerThatEchoesTheCredentialsIn401ShowsThemNowhere(String kind, Function<URI, Credential> credential,
            boolean async) throws Exception {
        server.handle("/things", CredentialEcho.answering(401));
        Throwable thrown;
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.observer(observer).credentials(List.of(credential.apply(server.baseUri()))))) {
            thrown = async ? failureOf(core, call()) : catchThrowable(() -> core.call(call()));
        }
        assertThat(thrown).isInstanceOf(ApiException.class);
        ApiException api = (ApiException) thrown;
        assertThat(server.requests().stream().filter(request -> request.rawPath().startsWith("/things"))
                .map(request -> String.join(" ", CredentialEcho.echoed(request)))).singleElement().asString()
                .as("the server was sent the credential and echoed it").contains(MARKER);
        assertThat(api.getMessage()).startsWith("getThing: HTTP 401: {\"error\":\"rejected what you sent\",\"echo\":[\"")
                .contains(Redaction.MASK);
        assertThat(api.headers().get("x-echo")).singleElement().asString().contains(Redaction.MASK);
        assertThat(api.body()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("error", "rejected what you sent");
        assertShowsNoSecret(api.getMessage(), api.toString(), stackTrace(api), String.valueOf(api.headers()),
                new String(api.rawBody(), StandardCharsets.UTF_8), String.valueOf(api.body()), String.valueOf(api.response()),
                new String(api.response().body(), StandardCharsets.UTF_8), observer.everything());
        assertThat(observer.ends).singleElement().extracting(end -> end.error()).isSameAs(api);
    }

    @Test
    void aSuccessKeepsItsBodyButEchoedHeaderValuesAreMasked() {
        String token = "bt." + MARKER + "/8+";
        server.handle("/things", request -> TestResponse.text(200, "your token is " + token)
                .withHeader("X-Echo", String.join(" ", CredentialEcho.echoed(request))));
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.observer(observer).credentials(List.of(Credentials.bearer("auth", () -> token))))) {
            ApiResponse<String> response = core.callWithResponse(call());
            assertThat(response.body()).as("a success body is the caller's data").isEqualTo("your token is " + token);
            assertThat(response.headers().get("x-echo")).containsExactly("*** *** q=visible visible");
        }
        assertShowsNoSecret(observer.everything());
    }

    @Test
    void aTokenEndpointThatEchoesTheClientSecretShowsItNowhere() {
        String secret = "cs-" + MARKER + "-9";
        server.handle("/token", request -> TestResponse.json(401, "{\"error\":\"invalid_client\",\"error_description\":"
                + "\"secret " + secret + " is wrong, sent as " + CredentialEcho.echoed(request).get(0) + "\"}"));
        Credential oauth = Credentials.oauth2("auth", ClientCredentialsTokenProvider.builder()
                .tokenUri(server.baseUri().resolve("/token")).clientId("app").clientSecret(secret).build());
        Throwable thrown;
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(observer).credentials(List.of(oauth)))) {
            thrown = catchThrowable(() -> core.call(call()));
        }
        assertThat(thrown).isInstanceOf(ContractgenException.class)
                .hasMessageContaining("failed: HTTP 401, error invalid_client: secret *** is wrong, sent as ***");
        assertThat(server.takeRequest().header("authorization")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic "));
        assertShowsNoSecret(stackTrace(thrown), observer.everything());
    }

    private static Throwable failureOf(RestClientCore core, RestCall<String> call) throws Exception {
        try {
            core.callAsync(call).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertShowsNoSecret(e.getMessage(), stackTrace(e));
            return e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }

    private static void assertShowsNoSecret(String... texts) {
        for (String text : texts) {
            assertThat(text).doesNotContain(MARKER).doesNotContain(BASIC_BASE64);
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
