package io.github.contractgen.runtime.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.QueryStyle;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.runtime.micrometer.MicrometerObserver;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Secrets sent with real calls (bearer and basic Authorization, an API key header, an API key in the
 * query, a credential whose supplier fails quoting its secret) reach the server, and nothing else:
 * not an observer's data, a span, a meter or a log record of {@code io.github.contractgen}.
 */
class SecretsNeverObservedTest {

    static final String TOKEN = "bearer-SECRET-abcd";
    static final String PASSWORD = "pw-SECRET-efgh";
    static final String HEADER_KEY = "key-SECRET-1234";
    static final String QUERY_KEY = "query-SECRET-5678";
    static final List<String> SECRETS = List.of(TOKEN, PASSWORD, HEADER_KEY, QUERY_KEY,
            Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes()));

    static final List<Credential> CREDENTIALS = List.of(
            Credentials.bearer("bearer", () -> TOKEN),
            Credentials.basic("basic", "alice", PASSWORD),
            Credentials.apiKey("headerKey", ApiKeyLocation.HEADER, "X-API-Key", () -> HEADER_KEY),
            Credentials.apiKey("queryKey", ApiKeyLocation.QUERY, "api_key", () -> QUERY_KEY),
            Credentials.bearer("vault", () -> {
                throw new IllegalStateException("vault refused token " + TOKEN);
            }));

    // A strong reference: java.util.logging keeps loggers weakly, and the level must hold for the test.
    private final Logger contractgenLogger = Logger.getLogger("io.github.contractgen");
    private final LogCapture logs = new LogCapture();
    private Level previousLevel;

    Tracing tracing;
    SimpleMeterRegistry registry;
    RecordingObserver recording;
    TestHttpsServer server;

    @BeforeEach
    void start() {
        previousLevel = contractgenLogger.getLevel();
        contractgenLogger.setLevel(Level.ALL);
        contractgenLogger.addHandler(logs);
        tracing = new Tracing();
        registry = new SimpleMeterRegistry();
        recording = new RecordingObserver();
        server = TestHttpsServer.http();
    }

    @AfterEach
    void stop() {
        server.close();
        tracing.close();
        contractgenLogger.removeHandler(logs);
        contractgenLogger.setLevel(previousLevel);
    }

    private RestClientCore core(URI base) {
        Observer observers = Observer.chain(List.of(recording, new MicrometerObserver(registry),
                new OpenTelemetryObserver(tracing.sdk), new RethrowingObserver()));
        return RestClientCore.create(HttpClientOptions.builder()
                .serviceName("vault").baseUri(base)
                .connectTimeout(Duration.ofSeconds(30)).requestTimeout(Duration.ofSeconds(60))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, Duration.ofSeconds(5)))
                .credentials(CREDENTIALS).observer(observers).build());
    }

    private static RestCall<String> getSecret(String... schemes) {
        return RestCall.builder("getSecret", "GET", "/secrets/{name}",
                        ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .pathParam("name", "db").queryParam("view", "full", QueryStyle.FORM, true)
                .security(List.of(List.of(schemes))).build();
    }

    @Test
    void noSecretReachesObserversSpansMetersOrLogs() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        server.handle("/", r -> {
            int n = seen.incrementAndGet();
            if (n == 1) {
                return TestResponse.status(503).withHeader("Retry-After", "0");
            }
            return n == 2 ? TestResponse.text(200, "ok")
                    : TestResponse.text(401, "denied").withHeader("WWW-Authenticate", "Basic realm=\"vault\"");
        });
        StringBuilder thrown = new StringBuilder();
        try (RestClientCore core = core(server.baseUri())) {
            assertThat(core.call(getSecret("bearer", "headerKey", "queryKey"))).isEqualTo("ok");
            Throwable denied = catchThrowable(() -> core.call(getSecret("basic", "queryKey")));
            assertThat(denied).isInstanceOf(ApiException.class);
            thrown.append(LogCapture.text(denied));
            Throwable vault = catchThrowable(() -> core.call(getSecret("vault")));
            assertThat(vault).hasMessageContaining("a credential could not be applied");
            thrown.append(LogCapture.text(vault));
        }
        try (RestClientCore core = core(URI.create("http://127.0.0.1:" + closedPort()))) {
            Throwable refused = catchThrowable(() -> core.call(getSecret("headerKey", "queryKey", "bearer")));
            assertThat(refused).hasMessageContaining("cannot connect");
            thrown.append(LogCapture.text(refused));
        }

        // The secrets were really sent: the test would see them had they leaked.
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(1).header("authorization")).hasValue("Bearer " + TOKEN);
        assertThat(server.requests().get(1).header("x-api-key")).hasValue(HEADER_KEY);
        assertThat(server.requests().get(1).rawQuery()).contains("api_key=" + QUERY_KEY);
        assertThat(server.requests().get(2).header("authorization")).hasValue("Basic " + SECRETS.get(4));

        assertThat(recording.calls()).isEqualTo(4);
        assertNoSecret("exceptions the caller got", thrown.toString());
        assertNoSecret("observer data", recording.everything());
        assertNoSecret("spans", spansAsText(tracing.spans(4)));
        assertNoSecret("meters", metersAsText());
        assertThat(logs.records()).as("the rethrowing observer's failures were logged").isNotEmpty();
        assertNoSecret("log records", String.join("\n", logs.records()));
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertThat(text).as(where).doesNotContain(secret);
        }
        assertThat(text).as(where).doesNotContain("SECRET");
    }

    private static String spansAsText(List<SpanData> spans) {
        StringBuilder text = new StringBuilder();
        for (SpanData span : spans) {
            text.append(span.getName()).append(' ').append(span.getAttributes()).append(' ')
                    .append(span.getStatus()).append('\n');
            for (EventData event : span.getEvents()) {
                text.append(event.getName()).append(' ').append(event.getAttributes()).append('\n');
            }
        }
        assertThat(text).contains("GET /secrets/{name}", "http.response.status_code=401");
        return text.toString();
    }

    private String metersAsText() {
        StringBuilder text = new StringBuilder();
        for (Meter meter : registry.getMeters()) {
            text.append(meter.getId()).append('\n');
        }
        assertThat(text).contains("contractgen.client.calls", "status=401");
        return text.toString();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
