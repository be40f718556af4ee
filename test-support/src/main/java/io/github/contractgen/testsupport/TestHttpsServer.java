package io.github.contractgen.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * A small HTTP or HTTPS server on 127.0.0.1 and a free port, for tests that need a real server.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} (HTTP/1.1 only: an HTTP/2 client falls back to
 * it through ALPN). Tests register handlers by path prefix (the longest match wins; an unmatched path
 * gets 404) and then assert on the {@link RecordedRequest}s, which keep the path and query exactly as
 * sent. Each request runs on its own thread, so a handler may block to play a slow server. Close it
 * after the test.
 *
 * <pre>{@code
 * try (TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(GOOD), false)) {
 *     server.handle("/pets", request -> TestResponse.json(200, "{\"id\":1}"));
 *     ... call server.baseUri() ...
 *     assertThat(server.takeRequest().rawPath()).isEqualTo("/pets/1");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TestHttpsServer implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final String scheme;
    private final ExecutorService executor;
    private final Map<String, TestHandler> handlers = new ConcurrentSkipListMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedRequest> unseen = new LinkedBlockingQueue<>();
    private final AtomicInteger failedResponses = new AtomicInteger();

    private TestHttpsServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-server-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    /** A plain HTTP server. */
    public static TestHttpsServer http() {
        try {
            return new TestHttpsServer(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test HTTP server", e);
        }
    }

    /**
     * An HTTPS server with {@code context}'s certificate.
     *
     * @param needClientAuth whether the handshake requires a client certificate that {@code context}
     *     trusts (mTLS)
     */
    public static TestHttpsServer https(SSLContext context, boolean needClientAuth) {
        return https(context, needClientAuth, "TLSv1.3", "TLSv1.2");
    }

    /**
     * An HTTPS server that speaks only {@code protocols} ({@code "TLSv1.2"} to see how a TLS 1.2
     * handshake fails, where TLS 1.3 fails after it).
     */
    public static TestHttpsServer https(SSLContext context, boolean needClientAuth, String... protocols) {
        Objects.requireNonNull(context, "context");
        try {
            HttpsServer https = HttpsServer.create(loopback(), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters parameters) {
                    SSLParameters ssl = context.getDefaultSSLParameters();
                    ssl.setNeedClientAuth(needClientAuth);
                    ssl.setProtocols(protocols.clone());
                    parameters.setSSLParameters(ssl);
                }
            });
            return new TestHttpsServer(https, "https");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test HTTPS server", e);
        }
    }

    private static InetSocketAddress loopback() throws IOException {
        // Without TCP_NODELAY the JDK's server makes every response wait for a delayed ACK (~40 ms);
        // read once, when its classes load, so it is set before the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** Answers requests whose path starts with {@code pathPrefix} (longest prefix wins); returns this. */
    public TestHttpsServer handle(String pathPrefix, TestHandler handler) {
        handlers.put(Objects.requireNonNull(pathPrefix, "pathPrefix"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** {@code http(s)://127.0.0.1:<port>}. */
    public URI baseUri() {
        return baseUri("127.0.0.1");
    }

    /** {@code http(s)://<host>:<port>}, for example with {@code localhost}. */
    public URI baseUri(String host) {
        return URI.create(scheme + "://" + host + ":" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request received so far, in order of arrival. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests have been received. */
    public int requestCount() {
        return requests.size();
    }

    /** The next request not yet taken, waiting up to 30 seconds; fails when none arrives. */
    public RecordedRequest takeRequest() {
        return takeRequest(Duration.ofSeconds(30));
    }

    /** The next request not yet taken, waiting up to {@code timeout}; fails when none arrives. */
    public RecordedRequest takeRequest(Duration timeout) {
        try {
            RecordedRequest request = unseen.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (request == null) {
                throw new AssertionError("no request reached " + baseUri() + " within " + timeout);
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
    }

    /** How many responses could not be written, usually because the client had gone away. */
    public int failedResponses() {
        return failedResponses.get();
    }

    /** Stops the server at once and interrupts handlers still running. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange exchange) {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            unseen.add(request);
            respond(exchange, answer(request));
        } catch (IOException | RuntimeException e) {
            failedResponses.incrementAndGet();
        }
    }

    private TestResponse answer(RecordedRequest request) {
        TestHandler handler = handlerFor(request.rawPath());
        if (handler == null) {
            return TestResponse.text(404, "no handler for " + request.rawPath());
        }
        try {
            TestResponse response = handler.handle(request);
            return response == null ? TestResponse.status(204) : response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestResponse.text(503, "handler interrupted");
        } catch (Exception e) {
            return TestResponse.text(500, "handler failed: " + e);
        }
    }

    private TestHandler handlerFor(String path) {
        String best = null;
        for (String prefix : handlers.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : handlers.get(best);
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        headers.replaceAll((name, values) -> List.copyOf(values));
        URI uri = exchange.getRequestURI();
        return new RecordedRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body,
                clientSubject(exchange));
    }

    private static String clientSubject(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https)) {
            return null;
        }
        try {
            Certificate[] chain = https.getSSLSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509
                    ? x509.getSubjectX500Principal().getName() : null;
        } catch (SSLPeerUnverifiedException none) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, TestResponse response) throws IOException {
        for (String[] header : response.headers()) {
            exchange.getResponseHeaders().add(header[0], header[1]);
        }
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "TestHttpsServer[" + baseUri() + "]";
    }
}
