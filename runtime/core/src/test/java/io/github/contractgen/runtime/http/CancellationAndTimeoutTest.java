package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.CallTimeoutException;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Async calls: cancellation of an exchange and of a pending retry, and timeouts. */
class CancellationAndTimeoutTest {

    TestHttpsServer server;
    RecordingObserver observer;
    /** Holds slow handlers until the test is over. */
    CountDownLatch release;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        observer = new RecordingObserver();
        release = new CountDownLatch(1);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private TestResponse slow() throws InterruptedException {
        release.await(60, TimeUnit.SECONDS);
        return TestResponse.text(200, "late");
    }

    @Test
    void cancellingTheFutureCancelsTheExchangeAndNoRetryFollows() throws Exception {
        server.handle("/slow", r -> slow());
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(observer))) {
            CompletableFuture<String> future = core.callAsync(Calls.getText("/slow"));
            server.takeRequest();
            assertThat(future.cancel(true)).isTrue();

            assertThat(future).isCancelled();
            assertThat(observer.ended.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 -1", "end -1 after 1");
            assertThat(observer.ends.get(0).error()).isInstanceOf(CancellationException.class);

            release.countDown();
            // A later, unrelated call completes on the same core: the cancelled one left nothing behind.
            server.handle("/fast", r -> TestResponse.text(200, "fast"));
            assertThat(core.call(Calls.getText("/fast"))).isEqualTo("fast");
            assertThat(server.requests()).extracting(r -> r.rawPath()).containsExactly("/slow", "/fast");
        }
    }

    @Test
    void cancellingTheFutureClosesTheConnectionTheServerHolds() throws Exception {
        // A raw socket server: it reads the request, never answers, and waits for the client to hang up.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                RestClientCore core = Calls.core(URI.create("http://127.0.0.1:" + listener.getLocalPort()))) {
            CompletableFuture<String> future = core.callAsync(Calls.getText("/hold"));
            try (Socket socket = listener.accept()) {
                socket.setSoTimeout(30_000);
                InputStream in = socket.getInputStream();
                readRequestHead(in);
                future.cancel(true);
                int next;
                try {
                    next = in.read();
                } catch (SocketException reset) {
                    next = -1;
                }
                assertThat(next).as("the client closed the connection").isEqualTo(-1);
            }
            assertThat(future).isCancelled();
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("request head").isNotNegative();
            head.append((char) c);
        }
        assertThat(head.toString()).startsWith("GET /hold HTTP/1.1");
    }

    @Test
    void cancellingDuringBackoffStopsThePendingRetry() throws Exception {
        server.handle("/busy", r -> TestResponse.status(503).withHeader("Retry-After", "1"));
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(observer))) {
            CompletableFuture<String> future = core.callAsync(Calls.getText("/busy"));
            assertThat(observer.firstAttempt.await(30, TimeUnit.SECONDS)).isTrue();
            future.cancel(true);
            assertThat(observer.ended.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 503", "end 503 after 1");

            // The retry was due one second later; a call made after that point shows none happened.
            Thread.sleep(1500);
            server.handle("/fast", r -> TestResponse.text(200, "fast"));
            assertThat(core.call(Calls.getText("/fast"))).isEqualTo("fast");
            assertThat(server.requests()).extracting(r -> r.rawPath()).containsExactly("/busy", "/fast");
        }
    }

    @Test
    void aRequestTimeoutIsACallTimeoutExceptionAndIsNotRetried() {
        server.handle("/slow", r -> slow());
        try (RestClientCore core = Calls.core(server.baseUri(),
                o -> o.observer(observer).requestTimeout(Duration.ofMillis(300)))) {
            CallTimeoutException e = catchThrowableOfType(CallTimeoutException.class,
                    () -> core.call(Calls.getText("/slow")));
            assertThat(e).hasMessageStartingWith("getText: no response within PT0.3S (requestTimeout)");
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(observer.ends).singleElement().satisfies(end -> assertThat(end.error()).isSameAs(e));
        }
    }

    @Test
    void theAsyncFutureFailsWithTheSameExceptionsTheSyncCallThrows() {
        server.handle("/missing", r -> TestResponse.status(404));
        try (RestClientCore core = Calls.core(server.baseUri())) {
            CompletableFuture<String> future = core.callAsync(Calls.getText("/missing"));
            assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ApiException.class).hasMessage("getText: HTTP 404");
            assertThatThrownBy(() -> core.call(Calls.getText("/missing"))).isExactlyInstanceOf(ApiException.class);
        }
    }

    @Test
    void aClosedCoreRefusesCalls() {
        RestClientCore core = Calls.core(server.baseUri());
        core.close();
        assertThatThrownBy(() -> core.call(Calls.getText("/x"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("getText: the client is closed");
    }
}
