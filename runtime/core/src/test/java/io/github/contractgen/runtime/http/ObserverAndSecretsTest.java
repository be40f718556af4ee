package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observer sees every call exactly as documented, and never a secret; nor do exceptions. */
class ObserverAndSecretsTest {

    static final String API_KEY = "key-SECRET-1234";
    static final String QUERY_KEY = "query-SECRET-5678";
    static final String COOKIE_KEY = "cookie-SECRET-9999";
    static final String TOKEN = "bearer-SECRET-abcd";
    static final String PASSWORD = "pw-SECRET-efgh";
    static final List<String> SECRETS = List.of(API_KEY, QUERY_KEY, COOKIE_KEY, TOKEN, PASSWORD);

    static final List<Credential> CREDENTIALS = List.of(
            Credentials.apiKey("headerKey", ApiKeyLocation.HEADER, "X-API-Key", () -> API_KEY),
            Credentials.apiKey("queryKey", ApiKeyLocation.QUERY, "api_key", () -> QUERY_KEY),
            Credentials.apiKey("cookieKey", ApiKeyLocation.COOKIE, "session", () -> COOKIE_KEY),
            Credentials.bearer("bearer", () -> TOKEN),
            Credentials.basic("basic", "alice", PASSWORD));

    TestHttpsServer server;
    RecordingObserver observer;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        observer = new RecordingObserver();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static RestCall<String> call(List<List<String>> security) {
        return RestCall.builder("getSecret", "GET", "/things/{id}",
                        ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .pathParam("id", 7).queryParam("q", "visible", QueryStyle.FORM, true)
                .security(security).build();
    }

    private RestClientCore core(URI base) {
        return Calls.core(base, o -> o.observer(observer).credentials(CREDENTIALS));
    }

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
        assertThat(text).doesNotContain("SECRET");
    }

    @Test
    void theObserverSeesStartInjectAttemptsAndEndWithStatusesAndNoSecrets() {
        AtomicInteger seen = new AtomicInteger();
        server.handle("/", r -> seen.incrementAndGet() == 1 ? TestResponse.status(503).withHeader("Retry-After", "0")
                : TestResponse.text(200, "fine"));
        try (RestClientCore core = core(server.baseUri())) {
            assertThat(core.call(call(List.of(List.of("headerKey", "queryKey", "cookieKey"))))).isEqualTo("fine");
        }
        assertThat(observer.events).containsExactly("start getSecret", "inject", "attempt 1 503", "inject",
                "attempt 2 200", "end 200 after 2");
        assertThat(observer.starts).containsExactly(new CallInfo("test", "getSecret", CallKind.HTTP, "GET", "/things/{id}"));
        CallResult end = observer.ends.get(0);
        assertThat(end.succeeded()).isTrue();
        assertThat(end.responseBytes()).isEqualTo(4);
        assertThat(end.requestBytes()).isEqualTo(-1);
        assertThat(observer.attempts).extracting(AttemptInfo::attempt).containsExactly(1, 2);
        assertNoSecret(observer.everything());

        RecordedRequest request = server.requests().get(1);
        assertThat(request.rawPath()).isEqualTo("/things/7");
        assertThat(request.rawQuery()).isEqualTo("q=visible&api_key=" + QUERY_KEY);
        assertThat(request.header("x-api-key")).hasValue(API_KEY);
        assertThat(request.header("cookie")).hasValue("session=" + COOKIE_KEY);
        assertThat(request.header("traceparent")).hasValue("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void errorsCarryNoSecretsInMessagesUrisOrObserverData() {
        server.handle("/", r -> TestResponse.text(401, "who are you?").withHeader("Content-Type", "text/plain")
                .withHeader("Set-Cookie", "session=" + COOKIE_KEY));
        try (RestClientCore core = core(server.baseUri())) {
            Throwable e = catchThrowable(() -> core.call(call(List.of(List.of("queryKey", "bearer", "basic")))));
            assertThat(e).isInstanceOf(ApiException.class);
            ApiException api = (ApiException) e;
            assertThat(api.response().uri()).hasNoQuery();
            assertNoSecret(api.getMessage() + api.headers() + api.response() + stackTrace(e));
        }
        assertNoSecret(observer.everything());
        // basic comes after bearer in the chosen alternative, so its Authorization header is the one sent.
        assertThat(server.requests().get(0).header("authorization")).hasValue("Basic "
                + java.util.Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes()));
    }

    @Test
    void transportFailuresCarryNoSecrets() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        try (RestClientCore core = core(URI.create("http://127.0.0.1:" + port))) {
            Throwable e = catchThrowable(() -> core.call(call(List.of(List.of("queryKey", "headerKey")))));
            assertThat(e).hasMessageStartingWith("getSecret: cannot connect");
            assertNoSecret(stackTrace(e));
        }
        assertNoSecret(observer.everything());
    }

    @Test
    void anObserverThatThrowsNeverFailsTheCall() {
        server.handle("/", r -> TestResponse.text(200, "fine"));
        Observer broken = new Observer() {
            @Override
            public Observation start(CallInfo call) {
                return new Observation() {
                    @Override
                    public void inject(BiConsumer<String, String> headers) {
                        throw new IllegalStateException("inject");
                    }

                    @Override
                    public void onAttempt(AttemptInfo attempt) {
                        throw new IllegalStateException("attempt");
                    }

                    @Override
                    public void onEnd(CallResult result) {
                        throw new IllegalStateException("end");
                    }
                };
            }
        };
        Observer throwsOnStart = new Observer() {
            @Override
            public Observation start(CallInfo call) {
                throw new IllegalStateException("start");
            }
        };
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.observer(Observer.chain(List.of(broken, throwsOnStart, observer))))) {
            assertThat(core.call(Calls.getText("/x"))).isEqualTo("fine");
        }
        assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 200", "end 200 after 1");
    }

    @Test
    void theFirstSatisfiableSecurityAlternativeIsApplied() {
        server.handle("/", r -> TestResponse.text(200, "fine"));
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.credentials(List.of(Credentials.bearer("bearer", () -> TOKEN))))) {
            core.call(call(List.of(List.of("oauth"), List.of("bearer"))));
            assertThat(server.takeRequest().header("authorization")).hasValue("Bearer " + TOKEN);

            core.call(call(List.of(List.of("oauth"), List.of())));
            assertThat(server.takeRequest().headers()).doesNotContainKey("authorization");

            assertThatThrownBy(() -> core.call(call(List.of(List.of("oauth"), List.of("headerKey", "bearer")))))
                    .isInstanceOf(ContractgenException.class)
                    .hasMessage("getSecret: no credentials for its security requirement; configure oauth or "
                            + "headerKey + bearer (configured: [bearer])");
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
