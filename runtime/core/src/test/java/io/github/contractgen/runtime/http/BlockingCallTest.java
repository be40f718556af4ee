package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.github.contractgen.testsupport.faults.HostileServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sync calls run on the caller's thread, not through the async path: an interrupt is their
 * cancellation, and their failures map to the same exceptions as the async path's.
 */
class BlockingCallTest {

    TestHttpsServer server;
    RecordingObserver observer;
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

    /** What a sync call on another thread ended with. */
    record Outcome(Object value, Throwable error, boolean interruptFlag) {}

    private static CompletableFuture<Outcome> callOnThread(RestClientCore core, String path, AtomicReference<Thread> thread) {
        return callOnThread(core, Calls.getText(path), thread);
    }

    private static CompletableFuture<Outcome> callOnThread(RestClientCore core, RestCall<String> call,
            AtomicReference<Thread> thread) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                Object value = core.call(call);
                outcome.complete(new Outcome(value, null, Thread.currentThread().isInterrupted()));
            } catch (RuntimeException e) {
                outcome.complete(new Outcome(null, e, Thread.currentThread().isInterrupted()));
            }
        }, "sync-caller");
        thread.set(caller);
        caller.start();
        return outcome;
    }

    @Test
    void theCallRunsOnTheCallersThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        server.handle("/hello", r -> TestResponse.text(200, "hello"));
        Observer recordThreads = new Observer() {
            @Override
            public Observation start(CallInfo call) {
                threads.add(Thread.currentThread().getName());
                return new Observation() {
                    @Override
                    public void onEnd(CallResult result) {
                        threads.add(Thread.currentThread().getName());
                    }
                };
            }
        };
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(recordThreads))) {
            assertThat(core.call(Calls.getText("/hello"))).isEqualTo("hello");
            String me = Thread.currentThread().getName();
            assertThat(threads).containsExactly(me, me);
        }
    }

    @Test
    void interruptingTheCallerStopsTheExchangeLikeCancellingTheFuture() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                RestClientCore core = Calls.core(URI.create("http://127.0.0.1:" + listener.getLocalPort()),
                        o -> o.observer(observer))) {
            AtomicReference<Thread> caller = new AtomicReference<>();
            CompletableFuture<Outcome> outcome = callOnThread(core, "/hold", caller);
            try (Socket socket = listener.accept()) {
                socket.setSoTimeout(30_000);
                InputStream in = socket.getInputStream();
                readRequestHead(in);
                caller.get().interrupt();
                Outcome result = outcome.get(30, TimeUnit.SECONDS);

                assertThat(result.error()).isExactlyInstanceOf(TransportException.class)
                        .hasMessage("getText: interrupted while waiting for the response");
                assertThat(result.interruptFlag()).as("the interrupt flag is restored").isTrue();
                assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 -1", "end -1 after 1");
                assertThat(observer.ends.get(0).error()).isInstanceOf(CancellationException.class);
                int next;
                try {
                    next = in.read();
                } catch (java.net.SocketException reset) {
                    next = -1;
                }
                assertThat(next).as("the client closed the connection").isEqualTo(-1);
            }
        }
    }

    @Test
    void interruptingWhileATokenIsFetchedEndsTheCallLikeCancellingTheFuture() throws Exception {
        try (HostileServer tokenEndpoint = HostileServer.start(HostileServer.stallHeaders(Duration.ofSeconds(60)));
                RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(observer).credentials(List.of(
                        Credentials.oauth2("token", ClientCredentialsTokenProvider.builder()
                                .tokenUri(tokenEndpoint.baseUri().resolve("/token")).clientId("client")
                                .clientSecret("secret").build()))))) {
            AtomicReference<Thread> caller = new AtomicReference<>();
            CompletableFuture<Outcome> outcome = callOnThread(core, Calls.getText("/hello", "token"), caller);
            awaitRequest(tokenEndpoint);
            caller.get().interrupt();
            Outcome result = outcome.get(30, TimeUnit.SECONDS);

            assertThat(result.error()).isExactlyInstanceOf(TransportException.class)
                    .hasMessage("getText: interrupted while waiting for the response");
            assertThat(result.interruptFlag()).as("the interrupt flag is restored").isTrue();
            assertThat(observer.events).containsExactly("start getText", "attempt 1 -1", "end -1 after 1");
            assertThat(observer.ends.get(0).error()).isInstanceOf(CancellationException.class);
            assertThat(server.requestCount()).isZero();
        }
    }

    /** Waits, bounded, until {@code server} has read a request. */
    private static void awaitRequest(HostileServer server) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.requests() == 0) {
            assertThat(System.nanoTime() - giveUp).as("a request reached the server in time").isNegative();
            Thread.sleep(10);
        }
    }

    @Test
    void interruptingDuringBackoffStopsThePendingRetry() throws Exception {
        server.handle("/busy", r -> TestResponse.status(503).withHeader("Retry-After", "2"));
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.observer(observer))) {
            AtomicReference<Thread> caller = new AtomicReference<>();
            CompletableFuture<Outcome> outcome = callOnThread(core, "/busy", caller);
            assertThat(observer.firstAttempt.await(30, TimeUnit.SECONDS)).isTrue();
            caller.get().interrupt();
            Outcome result = outcome.get(30, TimeUnit.SECONDS);

            assertThat(result.error()).isExactlyInstanceOf(TransportException.class);
            assertThat(result.interruptFlag()).isTrue();
            assertThat(observer.events).containsExactly("start getText", "inject", "attempt 1 503", "end 503 after 1");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionClosedBeforeTheResponseFailsAlikeSyncAndAsync() throws Exception {
        try (HostileServer server = HostileServer.start(HostileServer.closeBeforeResponse());
                RestClientCore core = Calls.core(server.baseUri(), o -> o.retryPolicy(RetryPolicy.none()))) {
            Throwable sync = org.assertj.core.api.Assertions.catchThrowable(() -> core.call(Calls.getText("/hold")));
            Throwable async = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> core.callAsync(Calls.getText("/hold")).get(30, TimeUnit.SECONDS)).getCause();

            assertThat(sync).isExactlyInstanceOf(TransportException.class)
                    .hasMessageContaining("the server closed the connection before responding");
            assertThat(async).isExactlyInstanceOf(TransportException.class).hasMessage(sync.getMessage());
            assertThat(sync.getCause()).hasSameClassAs(async.getCause());
        }
    }

    @Test
    void aRefusedConnectionFailsAlikeSyncAndAsync() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        try (RestClientCore core = Calls.core(URI.create("http://127.0.0.1:" + port), o -> o.retryPolicy(RetryPolicy.none()))) {
            Throwable sync = org.assertj.core.api.Assertions.catchThrowable(() -> core.call(Calls.getText("/x")));
            Throwable async = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                    () -> core.callAsync(Calls.getText("/x")).get(30, TimeUnit.SECONDS)).getCause();

            assertThat(sync).isExactlyInstanceOf(TransportException.class).hasMessageContaining("cannot connect to");
            assertThat(async).isExactlyInstanceOf(TransportException.class).hasMessage(sync.getMessage());
            assertThat(sync.getCause()).hasSameClassAs(async.getCause());
        }
    }

    @Test
    void whatSendRethrowsIsUnwrappedToWhatTheExchangeRaised() {
        // HttpClient.send rethrows a failure as a new exception of its kind, or as an IOException around
        // anything else; the async path sees the original, and so must the sync one.
        java.net.ConnectException refused = new java.net.ConnectException("refused");
        java.net.ConnectException rethrown = new java.net.ConnectException("refused");
        rethrown.initCause(refused);
        IllegalStateException runtime = new IllegalStateException("body too large");
        java.io.EOFException eof = new java.io.EOFException("no bytes");
        java.net.http.HttpTimeoutException timeout = new java.net.http.HttpTimeoutException("timed out");

        assertThat(BlockingExecution.original(rethrown)).isSameAs(refused);
        assertThat(BlockingExecution.original(new java.io.IOException("x", runtime))).isSameAs(runtime);
        assertThat(BlockingExecution.original(new java.io.IOException("x", eof))).isSameAs(eof);
        assertThat(BlockingExecution.original(timeout)).isSameAs(timeout);
        java.io.IOException own = new java.net.ProtocolException("bad status line");
        assertThat(BlockingExecution.original(own)).isSameAs(own);
    }

    private static void readRequestHead(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            assertThat(c).as("request head").isNotNegative();
            head.append((char) c);
        }
    }
}
