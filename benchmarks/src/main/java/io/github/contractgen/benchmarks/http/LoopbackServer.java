package io.github.contractgen.benchmarks.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain-HTTP server on 127.0.0.1 that answers the two petstore calls the REST benchmark makes with
 * fixed bodies.
 *
 * <p>Not the test kit's {@code TestHttpsServer}: that one records every request for assertions, so
 * over millions of benchmark calls it would grow without bound and its garbage would swamp the numbers.
 * Plain HTTP because TLS would dominate the time of a loopback call and hide the client layer being
 * measured. Both clients of a benchmark talk to the same server, so its share of time and allocation
 * is the same on both sides.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A {@code Pet} as the contract describes it, with every kind of property filled in. */
    static final byte[] PET = ("{\"id\":42,\"registeredAt\":\"2024-05-01T10:15:30Z\",\"nickname\":null,"
            + "\"name\":\"Rex\",\"status\":\"available\",\"tags\":[\"dog\",\"friendly\"],"
            + "\"category\":{\"name\":\"Dogs\"},\"birthday\":\"2020-02-29\","
            + "\"attributes\":{\"colour\":\"brown\"}}").getBytes(StandardCharsets.UTF_8);

    static {
        // Without TCP_NODELAY the JDK server sends headers and body in two segments and the second
        // waits for the client's delayed ACK: every call would take 40 ms whatever the client does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts the server on a free port. */
    public static LoopbackServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            server.setExecutor(executor);
            server.createContext("/pets", LoopbackServer::answer);
            server.start();
            return new LoopbackServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            int status = "POST".equals(exchange.getRequestMethod()) ? 201 : 200;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, PET.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PET);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
