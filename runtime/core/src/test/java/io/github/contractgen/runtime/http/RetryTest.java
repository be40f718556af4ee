package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how often, and how Retry-After is honoured. */
class RetryTest {

    TestHttpsServer server;
    RecordingObserver observer;
    RestClientCore core;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        observer = new RecordingObserver();
        core = Calls.core(server.baseUri(), o -> o.observer(observer));
    }

    @AfterEach
    void stop() {
        core.close();
        server.close();
    }

    /** Answers {@code failure} to the first {@code failures} requests, then 200 "ok". */
    private void failFirst(int failures, TestResponse failure) {
        AtomicInteger seen = new AtomicInteger();
        server.handle("/", r -> seen.incrementAndGet() <= failures ? failure : TestResponse.text(200, "ok"));
    }

    private String call(String method, boolean idempotent) {
        return core.call(RestCall.builder("op", method, "/r",
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build()).idempotent(idempotent).build());
    }

    @Test
    void a503WithRetryAfterIsRetriedUntilItSucceeds() {
        failFirst(2, TestResponse.status(503).withHeader("Retry-After", "0"));
        assertThat(core.call(Calls.getText("/r"))).isEqualTo("ok");
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 503", "inject",
                "attempt 2 503", "inject", "attempt 3 200", "end 200 after 3");
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        failFirst(1, TestResponse.status(429).withHeader("Retry-After", past));
        assertThat(core.call(Calls.getText("/r"))).isEqualTo("ok");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aRetryAfterAboveTheLimitReturnsTheErrorAtOnce() {
        failFirst(1, TestResponse.status(503).withHeader("Retry-After", "3600"));
        ApiException e = catchThrowableOfType(ApiException.class, () -> core.call(Calls.getText("/r")));
        assertThat(e.status()).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void attemptsAreLimited() {
        failFirst(10, TestResponse.status(502));
        assertThat(catchThrowableOfType(ApiException.class, () -> core.call(Calls.getText("/r"))).status()).isEqualTo(502);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(observer.ends).singleElement().satisfies(end -> {
            assertThat(end.attempts()).isEqualTo(3);
            assertThat(end.status()).isEqualTo(502);
            assertThat(end.error()).isInstanceOf(ApiException.class);
        });
    }

    @Test
    void aPostIsNeverRetriedUnlessMarkedIdempotent() {
        failFirst(1, TestResponse.status(503).withHeader("Retry-After", "0"));
        assertThat(catchThrowableOfType(ApiException.class, () -> call("POST", false)).status()).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(1);

        failFirst(1, TestResponse.status(503).withHeader("Retry-After", "0"));
        assertThat(call("POST", true)).isEqualTo("ok");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void a404IsNotRetried() {
        failFirst(1, TestResponse.status(404));
        assertThat(catchThrowableOfType(ApiException.class, () -> core.call(Calls.getText("/r"))).status()).isEqualTo(404);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        RecordingObserver refused = new RecordingObserver();
        try (RestClientCore closed = Calls.core(URI.create("http://127.0.0.1:" + port), o -> o.observer(refused))) {
            TransportException e = catchThrowableOfType(TransportException.class, () -> closed.call(Calls.getText("/r")));
            assertThat(e).hasMessageStartingWith("getText: cannot connect to 127.0.0.1:" + port)
                    .hasMessageContaining("(GET http://127.0.0.1:" + port + "/r)");
        }
        assertThat(refused.attempts).hasSize(3).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(-1);
            assertThat(a.error()).isInstanceOf(TransportException.class);
        });
        assertThat(refused.ends).singleElement().satisfies(end -> assertThat(end.status()).isEqualTo(-1));
    }

    @Test
    void backoffGrowsAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(10, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(300), 0, java.time.Duration.ZERO);
        assertThat(Retries.backoff(policy, 1)).isEqualTo(java.time.Duration.ofMillis(100));
        assertThat(Retries.backoff(policy, 2)).isEqualTo(java.time.Duration.ofMillis(200));
        assertThat(Retries.backoff(policy, 3)).isEqualTo(java.time.Duration.ofMillis(300));
        assertThat(Retries.backoff(policy, 9)).isEqualTo(java.time.Duration.ofMillis(300));
        RetryPolicy jittered = new RetryPolicy(3, java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(1), 0.5, java.time.Duration.ZERO);
        for (int i = 0; i < 100; i++) {
            assertThat(Retries.backoff(jittered, 1)).isBetween(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(100));
        }
    }
}
