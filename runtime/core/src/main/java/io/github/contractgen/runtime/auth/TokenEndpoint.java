package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** One OAuth2 token endpoint and the client-credentials request to it (RFC 6749, section 4.4). */
final class TokenEndpoint {

    /** Lifetime assumed when the server does not say ({@code expires_in} is optional). */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final JsonType<Map<String, Object>> JSON_OBJECT = JsonType.mapOf(JsonType.of(Object.class));

    /** A token and the moment (System.nanoTime) from which it is due for replacement. */
    record Token(String value, long refreshAtNanos) {
        boolean expiresSoon() {
            return System.nanoTime() - refreshAtNanos >= 0;
        }

        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }

    private final URI uri;
    private final String authorization;
    private final String form;
    /** The client secret, in every form the endpoint might echo it in. */
    private final Redaction redaction;
    private final HttpClient client;

    TokenEndpoint(URI uri, String clientId, String clientSecret, List<String> scopes, TlsConfig tls) {
        this.uri = uri;
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined for basic auth.
        String pair = urlEncode(clientId) + ":" + urlEncode(clientSecret);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        this.redaction = Redaction.builder().secret(clientSecret).headerValue(authorization).build();
        this.form = "grant_type=client_credentials" + (scopes.isEmpty() ? "" : "&scope=" + urlEncode(String.join(" ", scopes)));
        this.client = HttpClient.newBuilder()
                .version("https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(tls.sslContext())
                .sslParameters(tls.sslParameters())
                .build();
    }

    URI uri() {
        return uri;
    }

    CompletableFuture<Token> fetch() {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long sentAt = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new ContractgenException("OAuth2 token request to " + safeUri() + " failed: "
                                + error.getClass().getSimpleName(), error);
                    }
                    return parse(response, sentAt);
                });
    }

    private Token parse(HttpResponse<byte[]> response, long sentAt) {
        Map<String, Object> json;
        try {
            json = JsonCodec.shared().decode(response.body(), JSON_OBJECT);
        } catch (RuntimeException e) {
            throw new ContractgenException("OAuth2 token endpoint " + safeUri() + " answered HTTP "
                    + response.statusCode() + " without a JSON body", null);
        }
        if (response.statusCode() / 100 != 2 || !(json.get("access_token") instanceof String token)) {
            // Only the standard error fields are quoted, masked: the body might echo what was sent.
            throw new ContractgenException("OAuth2 token request to " + safeUri() + " failed: HTTP "
                    + response.statusCode() + redaction.apply(errorText(json)));
        }
        Duration lifetime = json.get("expires_in") instanceof Number seconds
                ? Duration.ofSeconds(seconds.longValue()) : DEFAULT_LIFETIME;
        Duration margin = ClientCredentialsTokenProvider.refreshMargin(lifetime);
        return new Token(token, sentAt + lifetime.minus(margin).toNanos());
    }

    private static String errorText(Map<String, Object> json) {
        Object error = json.get("error");
        Object description = json.get("error_description");
        return (error == null ? "" : ", error " + error) + (description == null ? "" : ": " + description);
    }

    /** The endpoint without query and with user information masked. */
    String safeUri() {
        return Redaction.userInfo(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
    }

    private static String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
