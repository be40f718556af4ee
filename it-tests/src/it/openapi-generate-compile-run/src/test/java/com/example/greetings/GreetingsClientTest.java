package com.example.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.api.greetings.GreetingsClient;
import com.example.api.greetings.GreetingsException;
import com.example.api.greetings.model.Greeting;
import com.example.api.greetings.model.NewGreeting;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated client against a real HTTP server on loopback: the contract's calls, both ways. */
class GreetingsClientTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private GreetingsClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/greetings", this::handle);
        server.start();
        client = GreetingsClient.builder()
                .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 201, "{\"message\":\"Created for Ada\",\"count\":1}");
        } else if (path.equals("/greetings/World")) {
            respond(exchange, 200, "{\"message\":\"Hello, World\",\"count\":42,\"unknown\":true}");
        } else {
            respond(exchange, 404, "{\"detail\":\"no such name\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void getsATypedResponse() {
        Greeting greeting = client.getGreeting("World");

        assertEquals("Hello, World", greeting.message());
        assertEquals(42, greeting.count());
        assertEquals(List.of("GET /greetings/World "), requests);
    }

    @Test
    void sendsATypedBody() throws Exception {
        Greeting created = client.async().createGreeting(new NewGreeting("Ada")).get(30, TimeUnit.SECONDS);

        assertEquals("Created for Ada", created.message());
        assertEquals(1, requests.size());
        assertTrue(requests.get(0).startsWith("POST /greetings {"), requests.get(0));
        assertTrue(requests.get(0).contains("\"name\":\"Ada\""), requests.get(0));
    }

    @Test
    void aDeclaredErrorStatusBecomesATypedException() {
        GreetingsException error = assertThrows(GreetingsException.class, () -> client.getGreeting("Nobody"));

        assertEquals(404, error.status());
    }
}
