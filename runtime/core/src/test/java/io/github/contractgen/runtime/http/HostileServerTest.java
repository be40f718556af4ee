package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.ResponseTooLargeException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A generated client's calls against servers that misbehave: each misbehaviour ends in a typed
 * exception that says what happened, never in a hang or an {@code OutOfMemoryError}.
 *
 * <p>The calls are built as generated code builds them (operation id, JSON response spec, security
 * requirement). {@code assertTimeoutPreemptively} is only a guard against a hang, far above any
 * timeout the client is configured with; nothing here measures time.
 */
class HostileServerTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final String SECRET = "s3cr3t-session-token";

    private final CountDownLatch release = new CountDownLatch(1);
    private TestHttpsServer server;
    private TestHttpsServer otherHost;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.close();
        }
        if (otherHost != null) {
            otherHost.close();
        }
    }

    private static RestCall<Map<String, Object>> getPet() {
        return RestCall.builder("getPet", "GET", "/pets/{id}", ResponseSpec.<Map<String, Object>>builder()
                        .success("200", ResponseBody.json(Calls.JSON_OBJECT)).build())
                .pathParam("id", 7).build();
    }

    private static Map<String, Object> call(URI base, UnaryOperator<HttpClientOptions.Builder> options) {
        try (RestClientCore core = Calls.core(base, options)) {
            return core.call(getPet());
        }
    }

    private static <E extends Throwable> E failure(Class<E> type, Executable call) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(type, call::execute));
    }

    @Test
    void aBodyThatIsNotJsonIsADecodingExceptionNamingOperationStatusAndContentType() {
        server = TestHttpsServer.http();
        server.handle("/pets", r -> TestResponse.bytes(200,
                ("<html><body>Login expired, token " + SECRET + "</body></html>").getBytes(), "text/html"));

        DecodingException e = failure(DecodingException.class, () -> call(server.baseUri(), o -> o));

        assertThat(e).hasMessageStartingWith("getPet: HTTP 200 body (text/html, ")
                .hasMessageContaining("is not valid JSON (line 1, column ");
        assertThat(e.status()).isEqualTo(200);
        assertThat(stackTrace(e)).doesNotContain(SECRET);
    }

    @Test
    void jsonOfTheWrongShapeNamesThePathNotTheValue() {
        server = TestHttpsServer.http();
        JsonType<List<String>> strings = JsonType.listOf(JsonType.of(String.class));
        server.handle("/tags", r -> TestResponse.json(200, "[\"a\", {\"password\": \"" + SECRET + "\"}]"));
        RestCall<List<String>> tags = RestCall.builder("listTags", "GET", "/tags", ResponseSpec.<List<String>>builder()
                .success("200", ResponseBody.json(strings)).build()).build();

        DecodingException e = failure(DecodingException.class, () -> {
            try (RestClientCore core = Calls.core(server.baseUri())) {
                core.call(tags);
            }
        });

        assertThat(e).hasMessageStartingWith("listTags: HTTP 200 body (application/json")
                .hasMessageContaining("$[1]: a value that does not match the declared type");
        assertThat(stackTrace(e)).doesNotContain(SECRET);
    }

    @Test
    void aTruncatedBodyIsATransportExceptionSayingHowMuchArrived() throws Exception {
        try (HostileServer raw = HostileServer.start(HostileServer.truncatedBody(100, "{\"id\":7,"))) {
            TransportException e = failure(TransportException.class,
                    () -> call(raw.baseUri(), o -> o.retryPolicy(RetryPolicy.none())));

            assertThat(e).isExactlyInstanceOf(TransportException.class)
                    .hasMessageStartingWith("getPet: the connection failed while the response body was read (8 of 100 bytes");
        }
    }

    @Test
    void aConnectionResetMidResponseIsRetriedWhenIdempotentThenReported() throws Exception {
        try (HostileServer raw = HostileServer.start((socket, out) -> {
            HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"id\":");
            // Give the client time to take in the head; a reset before that discards it unread, which is
            // the "closed before responding" case: both are accepted below, the test is about the type.
            Thread.sleep(300);
            socket.setSoLinger(true, 0); // close with RST instead of FIN
        })) {
            TransportException e = failure(TransportException.class, () -> call(raw.baseUri(), o -> o));

            assertThat(e).isExactlyInstanceOf(TransportException.class).message().satisfiesAnyOf(
                    m -> assertThat(m).startsWith("getPet: the connection failed while the response body was read"),
                    m -> assertThat(m).startsWith("getPet: the server closed the connection before responding"));
            assertThat(raw.connections()).isEqualTo(3); // Calls.core allows three attempts
        }
    }

    @Test
    void aHugeDeclaredBodyIsRefusedBeforeItIsRead() {
        server = TestHttpsServer.http();
        server.handle("/pets", r -> TestResponse.bytes(200, new byte[3 * 1024 * 1024], "application/json"));

        ResponseTooLargeException e = failure(ResponseTooLargeException.class,
                () -> call(server.baseUri(), o -> o.maxResponseBytes(1024 * 1024)));

        assertThat(e).hasMessage("getPet: the response body declares 3145728 bytes, more than the limit of 1048576 "
                + "bytes; raise it with maxResponseBytes(long) if such responses are expected");
        assertThat(e.limit()).isEqualTo(1024 * 1024);
    }

    @Test
    void anEndlessChunkedBodyIsCutOffAtTheLimit() throws Exception {
        try (HostileServer raw = HostileServer.start((socket, out) -> {
            HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(8192);
            while (true) { // until the client hangs up, which ends this loop with an IOException
                HostileServer.write(out, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
        })) {
            ResponseTooLargeException e = failure(ResponseTooLargeException.class,
                    () -> call(raw.baseUri(), o -> o.maxResponseBytes(256 * 1024)));

            assertThat(e).hasMessageStartingWith("getPet: the response body is larger, more than the limit of 262144 bytes");
            assertThat(raw.connections()).isEqualTo(1); // too large is final: not retried
        }
    }

    @Test
    void aServerThatNeverAnswersHitsTheRequestTimeout() {
        server = TestHttpsServer.http();
        server.handle("/pets", r -> {
            release.await(120, TimeUnit.SECONDS);
            return TestResponse.json(200, "{}");
        });

        CallTimeoutException e = failure(CallTimeoutException.class,
                () -> call(server.baseUri(), o -> o.requestTimeout(Duration.ofSeconds(1))));

        assertThat(e).hasMessageStartingWith("getPet: no response within PT1S (requestTimeout)");
        assertThat(server.requestCount()).isEqualTo(1); // a timeout is not retried
    }

    @Test
    void headersFollowedByABodyThatTricklesForeverHitTheRequestTimeout() throws Exception {
        try (HostileServer raw = HostileServer.start(HostileServer.dripBody(1000, Duration.ofMillis(200)))) {
            CallTimeoutException e = failure(CallTimeoutException.class,
                    () -> call(raw.baseUri(), o -> o.requestTimeout(Duration.ofSeconds(2))));

            assertThat(e).hasMessageStartingWith("getPet: the response body did not arrive within PT2S (requestTimeout)");
        }
    }

    @Test
    void a503WithRetryAfterIsWaitedForAndRetriedABoundedNumberOfTimes() {
        server = TestHttpsServer.http();
        server.handle("/pets", r -> TestResponse.status(503).withHeader("Retry-After", "1"));

        ApiException e = failure(ApiException.class, () -> call(server.baseUri(), o -> o));

        assertThat(e.status()).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedSoNoCredentialLeaves() {
        server = TestHttpsServer.http();
        otherHost = TestHttpsServer.http();
        otherHost.handle("/", r -> TestResponse.json(200, "{\"stolen\":true}"));
        URI elsewhere = otherHost.baseUri("localhost").resolve("/collect");
        server.handle("/pets", r -> TestResponse.status(307).withHeader("Location", elsewhere.toString()));
        RestCall<Map<String, Object>> withCredentials = RestCall.builder("getPet", "GET", "/pets/{id}",
                        ResponseSpec.<Map<String, Object>>builder().success("200", ResponseBody.json(Calls.JSON_OBJECT)).build())
                .pathParam("id", 7).security(List.of(List.of("bearer", "apiKey", "session"))).build();

        ApiException e = failure(ApiException.class, () -> {
            try (RestClientCore core = Calls.core(server.baseUri(), o -> o.credentials(List.of(
                    Credentials.bearer("bearer", () -> SECRET),
                    Credentials.apiKey("apiKey", ApiKeyLocation.HEADER, "X-Api-Key", () -> SECRET),
                    Credentials.apiKey("session", ApiKeyLocation.COOKIE, "session", () -> SECRET))))) {
                core.call(withCredentials);
            }
        });

        assertThat(e.status()).isEqualTo(307);
        assertThat(e.headers().get("location")).containsExactly(elsewhere.toString());
        assertThat(server.takeRequest().header("Authorization")).contains("Bearer " + SECRET);
        assertThat(otherHost.requestCount()).isZero();
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
