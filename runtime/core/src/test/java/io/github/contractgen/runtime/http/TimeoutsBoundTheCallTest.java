package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code requestTimeout} bounds a whole call (attempts, the waits between them, reading the body) and
 * {@code attemptTimeout} one attempt, sync and async, against hostile servers on 127.0.0.1.
 *
 * <p>Nothing here measures time: {@link #HANG_GUARD} is far above every configured timeout and only
 * fails a call that ignores its deadline (a 503 with {@code Retry-After: 30} used to hold a call with a
 * 2 s timeout for 60 s). The assertions are on what ended the call and on the requests the server saw.
 */
class TimeoutsBoundTheCallTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n"
            + "Content-Length: 2\r\n\r\nok";

    /** Retries that would honour a Retry-After of up to a minute. */
    private static final RetryPolicy PATIENT = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5,
            Duration.ofSeconds(60));

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aRetryAfterThatWouldPassTheDeadlineFailsAtOnceWithThe503(boolean async) throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.respond("HTTP/1.1 503 Service Unavailable\r\n"
                + "Retry-After: 30\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"))) {
            Throwable error = call(server, async, o -> o.requestTimeout(Duration.ofSeconds(2)).retryPolicy(PATIENT));

            assertThat(error).isInstanceOf(ApiException.class);
            assertThat(((ApiException) error).status()).isEqualTo(503);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aBodyThatDripsEndsAtTheCallsDeadlineAndIsNotRetried(boolean async) throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.dripBody(1000, Duration.ofMillis(200)))) {
            Throwable error = call(server, async, o -> o.requestTimeout(Duration.ofSeconds(2)).retryPolicy(PATIENT));

            assertThat(error).isExactlyInstanceOf(AttemptTimeout.class).isInstanceOf(CallTimeoutException.class)
                    .hasMessageStartingWith("getText: the response body did not arrive within PT2S (requestTimeout)");
            assertThat(server.requests()).isEqualTo(1); // no time is left for another attempt
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void headersStalledOnTheFirstAttemptAreRetriedAfterTheAttemptTimeout(boolean async) throws Exception {
        RecordingObserver observer = new RecordingObserver();
        try (HostileServer server = HostileServer.start(HostileServer.stallHeaders(Duration.ofSeconds(60)),
                HostileServer.respond(OK))) {
            String body = assertTimeoutPreemptively(HANG_GUARD, () -> Mode.of(async).call(
                    new Transport(Calls.options(server.baseUri(), o -> o.observer(observer)
                            .requestTimeout(Duration.ofSeconds(15)).attemptTimeout(Duration.ofSeconds(1)))),
                    Calls.getText("/r")));

            assertThat(body).isEqualTo("ok");
            assertThat(server.requests()).isEqualTo(2);
            assertThat(observer.attempts).extracting(AttemptInfo::status).containsExactly(-1, 200);
            assertThat(observer.attempts.get(0).error()).isInstanceOf(CallTimeoutException.class)
                    .hasMessageStartingWith("getText: no response within PT1S (attemptTimeout)");
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void attemptsThatAllStallEndAtTheCallsDeadline(boolean async) throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.stallHeaders(Duration.ofSeconds(60)))) {
            Throwable error = call(server, async, o -> o.requestTimeout(Duration.ofMillis(2500))
                    .attemptTimeout(Duration.ofSeconds(1)).retryPolicy(new RetryPolicy(10, Duration.ofMillis(10),
                            Duration.ofMillis(10), 0, Duration.ZERO)));

            assertThat(error).isInstanceOf(CallTimeoutException.class).hasMessageContaining("no response within");
            // Two attempts of one second fit in 2.5 s, the third gets what is left: never ten.
            assertThat(server.requests()).isBetween(2, 3);
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void attemptsThatEachReachTheAttemptTimeoutAreLimitedByMaxAttempts(boolean async) throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.stallHeaders(Duration.ofSeconds(60)))) {
            Throwable error = call(server, async, o -> o.requestTimeout(Duration.ofSeconds(15))
                    .attemptTimeout(Duration.ofMillis(500)));

            assertThat(error).isInstanceOf(CallTimeoutException.class)
                    .hasMessageStartingWith("getText: no response within PT0.5S (attemptTimeout)");
            assertThat(server.requests()).isEqualTo(3); // Calls.options allows three attempts
        }
    }

    @org.junit.jupiter.api.Test
    void anAsyncCallWhoseCredentialNeverAnswersEndsAfterItsDeadline() throws Exception {
        io.github.contractgen.runtime.auth.Credential silent = new io.github.contractgen.runtime.auth.Credential() {
            @Override
            public String scheme() {
                return "token";
            }

            @Override
            public void apply(io.github.contractgen.runtime.auth.AuthTarget target) {
                throw new AssertionError("the async call uses applyAsync");
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> applyAsync(
                    io.github.contractgen.runtime.auth.AuthTarget target) {
                return new java.util.concurrent.CompletableFuture<>(); // a token endpoint that never answers
            }
        };
        RecordingObserver observer = new RecordingObserver();
        try (HostileServer server = HostileServer.start(HostileServer.respond(OK))) {
            Transport transport = new Transport(Calls.options(server.baseUri(), o -> o.observer(observer)
                    .requestTimeout(Duration.ofSeconds(1)).credentials(java.util.List.of(silent))));
            RestCall<String> call = RestCall.builder("getText", "GET", "/r",
                    ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                    .security(java.util.List.of(java.util.List.of("token"))).build();

            Throwable error = assertTimeoutPreemptively(HANG_GUARD,
                    () -> Mode.ASYNC.failure(() -> Mode.ASYNC.call(transport, call)));

            assertThat(error).isExactlyInstanceOf(CallTimeoutException.class)
                    .hasMessage("getText: the call did not complete within PT1S (requestTimeout)");
            assertThat(observer.events).containsExactly("start getText", "attempt 1 -1", "end -1 after 1");
            assertThat(server.requests()).isZero();
        }
    }

    private static Throwable call(HostileServer server, boolean async, UnaryOperator<HttpClientOptions.Builder> options) {
        Transport transport = new Transport(Calls.options(server.baseUri(), options));
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> Mode.of(async).failure(() -> Mode.of(async).call(transport, Calls.getText("/r"))));
    }
}
