package io.github.contractgen.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.contractgen.testsupport.QueryStrings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hand-written server for the sample Petstore contract, on 127.0.0.1. It knows nothing of the
 * generated code: it speaks plain JSON maps, so that the demo and the tests prove the generated
 * client talks the contract's wire format, not merely to itself.
 *
 * <p>Every request it serves is recorded, so tests can check what the client sent against the
 * contract with a request validator.
 */
public final class PetstoreServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {}

    static final String API_KEY = "demo-api-key";
    static final String BEARER = "demo-token";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Map<Long, Map<String, Object>> pets = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> photos = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

    /** Serves on {@code server}, which the caller created (HTTP or HTTPS) and this object starts. */
    public PetstoreServer(HttpServer server) {
        this.server = server;
        server.createContext("/v1/", this::handle);
        server.start();
    }

    /** The base URI for clients, e.g. {@code https://127.0.0.1:43117/v1}. */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        String scheme = server instanceof com.sun.net.httpserver.HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + address.getPort() + "/v1");
    }

    /** Every request served so far, in order. */
    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath().substring("/v1".length());
            recorded.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                    copyHeaders(exchange), body));
            if (!path.equals("/health") && !path.equals("/users/login") && !authorized(exchange)) {
                send(exchange, 401, error(401, "missing or wrong credentials"));
                return;
            }
            try {
                route(exchange, exchange.getRequestMethod(), path, body);
            } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
                send(exchange, 400, error(400, "bad request: " + e.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        String[] parts = path.substring(1).split("/");
        String route = method + " " + String.join("/", parts).replaceAll("pets/\\d+", "pets/{id}");
        switch (route) {
            case "GET pets" -> listPets(exchange);
            case "POST pets" -> createPet(exchange, body);
            case "GET pets/{id}" -> withPet(exchange, parts[1], pet -> send(exchange, 200, pet));
            case "DELETE pets/{id}" -> withPet(exchange, parts[1], pet -> {
                pets.remove(((Number) pet.get("id")).longValue());
                send(exchange, 204, null);
            });
            case "PUT pets/{id}/photo" -> withPet(exchange, parts[1], pet -> {
                photos.put(((Number) pet.get("id")).longValue(), MultipartFile.firstFile(exchange, body));
                send(exchange, 204, null);
            });
            case "GET pets/{id}/photo" -> downloadPhoto(exchange, parts[1]);
            case "POST store/orders" -> placeOrder(exchange, body);
            case "GET store/inventory" -> send(exchange, 200, inventory());
            case "POST users/login" -> login(exchange);
            case "GET health" -> send(exchange, 200, Map.of("status", "UP"));
            default -> send(exchange, 404, error(404, "no route for " + method + " " + path));
        }
    }

    private void listPets(HttpExchange exchange) throws IOException {
        Map<String, List<String>> query = QueryStrings.parse(exchange.getRequestURI().getRawQuery());
        List<String> tags = query.getOrDefault("tags", List.of());
        List<String> statuses = query.containsKey("status") ? List.of(query.get("status").get(0).split(",")) : List.of();
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit").get(0)) : 20;
        List<Map<String, Object>> result = new ArrayList<>();
        int matching = 0;
        for (Map<String, Object> pet : new TreeMap<>(pets).values()) {
            boolean tagged = tags.isEmpty() || ((List<?>) pet.getOrDefault("tags", List.of())).stream().anyMatch(tags::contains);
            boolean inStatus = statuses.isEmpty() || statuses.contains(String.valueOf(pet.get("status")));
            if (tagged && inStatus) {
                matching++;
                if (result.size() < limit) {
                    result.add(pet);
                }
            }
        }
        // The contract: how many pets match, over all pages, not how many this page holds.
        exchange.getResponseHeaders().add("X-Total-Count", Integer.toString(matching));
        send(exchange, 200, result);
    }

    @SuppressWarnings("unchecked")
    private void createPet(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, Object> pet = json.readValue(body, LinkedHashMap.class);
        boolean taken = pets.values().stream().anyMatch(p -> p.get("name").equals(pet.get("name")));
        if (taken) {
            send(exchange, 409, error(409, "a pet named " + pet.get("name") + " exists"));
            return;
        }
        long id = ids.incrementAndGet();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("id", id);
        stored.put("registeredAt", "2026-01-02T03:04:05Z");
        stored.putAll(pet);
        pets.put(id, stored);
        send(exchange, 201, stored);
    }

    private void downloadPhoto(HttpExchange exchange, String id) throws IOException {
        byte[] photo = photos.get(Long.parseLong(id));
        if (photo == null) {
            send(exchange, 404, error(404, "pet " + id + " has no photo"));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, photo.length);
        exchange.getResponseBody().write(photo);
    }

    @SuppressWarnings("unchecked")
    private void placeOrder(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, Object> order = json.readValue(body, LinkedHashMap.class);
        Object petId = order.get("petId");
        if (!(petId instanceof Number number) || !pets.containsKey(number.longValue())) {
            send(exchange, 422, error(422, "no pet with id " + petId));
            return;
        }
        Map<String, Object> placed = new LinkedHashMap<>();
        placed.put("id", UUID.nameUUIDFromBytes(body).toString());
        placed.putAll(order);
        send(exchange, 200, placed);
    }

    private Map<String, Integer> inventory() {
        Map<String, Integer> counts = new TreeMap<>();
        pets.values().forEach(pet -> counts.merge(String.valueOf(pet.getOrDefault("status", "available")), 1, Integer::sum));
        return counts;
    }

    private void login(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString("demo:secret".getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(authorization)) {
            send(exchange, 401, error(401, "wrong user or password"));
            return;
        }
        byte[] token = "session-42".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, token.length);
        exchange.getResponseBody().write(token);
    }

    private interface PetAction {
        void apply(Map<String, Object> pet) throws IOException;
    }

    private void withPet(HttpExchange exchange, String id, PetAction action) throws IOException {
        Map<String, Object> pet = pets.get(Long.parseLong(id));
        if (pet == null) {
            send(exchange, 404, error(404, "no pet with id " + id));
            return;
        }
        action.apply(pet);
    }

    private boolean authorized(HttpExchange exchange) {
        String key = exchange.getRequestHeaders().getFirst("X-API-Key");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return API_KEY.equals(key) || ("Bearer " + BEARER).equals(authorization);
    }

    private static Map<String, Object> error(int code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, List<String>> copyHeaders(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        return headers;
    }

}
