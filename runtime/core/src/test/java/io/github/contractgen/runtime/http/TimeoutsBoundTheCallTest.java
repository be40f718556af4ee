package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.runtime.auth.AuthTarget;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /**
     * A credential that never answers ends the call at its deadline, sync and async, with the observer told
     * of the attempt and the end, and no request reaches the API. The sync call waits for the credential
     * on the caller's thread no longer than the deadline; the async call's backstop ends it a moment after.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyModeAndSilentCredential")
    void aCallWhoseCredentialNeverAnswersEndsAfterItsDeadline(Mode mode, SilentCredential silent) throws Exception {
        RecordingObserver observer = new RecordingObserver();
        CountDownLatch release = new CountDownLatch(1);
        try (HostileServer tokenEndpoint = HostileServer.start(HostileServer.stallHeaders(Duration.ofSeconds(60)));
                HostileServer server = HostileServer.start(HostileServer.respond(OK))) {
            Transport transport = new Transport(Calls.options(server.baseUri(), o -> o.observer(observer)
                    .requestTimeout(Duration.ofSeconds(1))
                    .credentials(List.of(silent.credential(tokenEndpoint, release)))));

            Throwable error = assertTimeoutPreemptively(HANG_GUARD,
                    () -> mode.failure(() -> mode.call(transport, Calls.getText("/r", "token"))));

            assertThat(error).isExactlyInstanceOf(CallTimeoutException.class)
                    .hasMessage("getText: the call did not complete within PT1S (requestTimeout)");
            assertThat(observer.events).containsExactly("start getText", "attempt 1 -1", "end -1 after 1");
            assertThat(observer.attempts.get(0).error()).isSameAs(error);
            assertThat(observer.ends.get(0).error()).isSameAs(error);
            assertThat(server.requests()).isZero();
        } finally {
            release.countDown(); // frees a thread still blocked in a credential
        }
    }

    static Stream<Arguments> everyModeAndSilentCredential() {
        return Stream.of(Mode.values()).flatMap(mode -> Stream.of(SilentCredential.values())
                .map(silent -> Arguments.of(mode, silent)));
    }

    /** A credential of the scheme {@code token} that never answers, in each form a user may meet one. */
    enum SilentCredential {

        /** The OAuth2 client-credentials provider against a token endpoint that accepts and stalls. */
        TOKEN_ENDPOINT_THAT_STALLS {
            @Override
            Credential credential(HostileServer tokenEndpoint, CountDownLatch release) {
                return Credentials.oauth2("token", ClientCredentialsTokenProvider.builder()
                        .tokenUri(tokenEndpoint.baseUri().resolve("/token")).clientId("client").clientSecret("secret")
                        .build());
            }
        },

        /** A token provider of the user's own whose {@code token()} blocks. */
        TOKEN_PROVIDER_THAT_BLOCKS {
            @Override
            Credential credential(HostileServer tokenEndpoint, CountDownLatch release) {
                return Credentials.oauth2("token", () -> {
                    blockUntil(release);
                    return "too-late";
                });
            }
        },

        /** A credential of the user's own: {@code apply} blocks, {@code applyAsync} never completes. */
        CREDENTIAL_THAT_BLOCKS {
            @Override
            Credential credential(HostileServer tokenEndpoint, CountDownLatch release) {
                return new Credential() {
                    @Override
                    public String scheme() {
                        return "token";
                    }

                    @Override
                    public void apply(AuthTarget target) {
                        blockUntil(release); // a call that used it would hang past HANG_GUARD
                    }

                    @Override
                    public CompletableFuture<Void> applyAsync(AuthTarget target) {
                        return new CompletableFuture<>();
                    }
                };
            }
        };

        abstract Credential credential(HostileServer tokenEndpoint, CountDownLatch release);

        private static void blockUntil(CountDownLatch release) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while blocking", e);
            }
        }
    }

    private static Throwable call(HostileServer server, boolean async, UnaryOperator<HttpClientOptions.Builder> options) {
        Transport transport = new Transport(Calls.options(server.baseUri(), options));
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> Mode.of(async).failure(() -> Mode.of(async).call(transport, Calls.getText("/r"))));
    }
}
