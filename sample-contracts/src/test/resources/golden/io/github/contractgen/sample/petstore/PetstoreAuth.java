package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.ClientCredentialsTokenProvider;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import io.github.contractgen.runtime.auth.TokenProvider;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * Credentials for the security schemes of Petstore; pass them to {@code PetstoreClient.builder().auth(...)}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class PetstoreAuth {
    private PetstoreAuth() {
    }

    /**
     * Scheme {@code apiKey}: the API key sent in the header {@code X-API-Key}, asked for on every call so that it may change.
     *
     * @param key supplies the key for each call
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential apiKey(Supplier<String> key) {
        Objects.requireNonNull(key, "key");
        return Credentials.apiKey("apiKey", ApiKeyLocation.HEADER, "X-API-Key", key);
    }

    /**
     * Scheme {@code apiKey}: the API key sent in the header {@code X-API-Key}.
     *
     * @param key the key, sent as it is
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential apiKey(String key) {
        Objects.requireNonNull(key, "key");
        return Credentials.apiKey("apiKey", ApiKeyLocation.HEADER, "X-API-Key", () -> key);
    }

    /**
     * Scheme {@code basic}: HTTP basic authentication.
     *
     * @param user the user name
     * @param password the password
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential basic(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        return Credentials.basic("basic", user, password);
    }

    /**
     * Scheme {@code bearer}: a bearer token, asked for on every call so that it may change.
     *
     * @param token supplies the token for each call
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential bearer(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return Credentials.bearer("bearer", token);
    }

    /**
     * Scheme {@code bearer}: a fixed bearer token.
     *
     * @param token the token, sent as it is
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential bearer(String token) {
        Objects.requireNonNull(token, "token");
        return Credentials.bearer("bearer", () -> token);
    }

    /**
     * Scheme {@code oauth}: the OAuth2 client-credentials flow against {@code https://petstore.example/oauth/token}; tokens are cached until shortly before they expire, and fetched with the client's TLS settings.
     *
     * <p>Scopes the contract declares: {@code orders:write}.
     *
     * <p>Asks for the scopes the contract's operations require: {@code orders:write}.
     *
     * @param clientId the client's id at the token endpoint
     * @param clientSecret the client's secret at the token endpoint
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential clientCredentials(String clientId, String clientSecret) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        return Credentials.oauth2("oauth", ClientCredentialsTokenProvider.builder().tokenUri(URI.create("https://petstore.example/oauth/token")).clientId(clientId).clientSecret(clientSecret).scopes(List.of("orders:write")).build());
    }

    /**
     * Scheme {@code oauth}: the OAuth2 client-credentials flow against {@code https://petstore.example/oauth/token}; tokens are cached until shortly before they expire, and fetched with the client's TLS settings.
     *
     * <p>Scopes the contract declares: {@code orders:write}.
     *
     * @param clientId the client's id at the token endpoint
     * @param clientSecret the client's secret at the token endpoint
     * @param scopes the scopes to ask for, instead of those the operations require
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential clientCredentials(String clientId, String clientSecret,
            List<String> scopes) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(scopes, "scopes");
        return Credentials.oauth2("oauth", ClientCredentialsTokenProvider.builder().tokenUri(URI.create("https://petstore.example/oauth/token")).clientId(clientId).clientSecret(clientSecret).scopes(scopes).build());
    }

    /**
     * Scheme {@code oauth}: an OAuth2 access token from {@code tokens}, sent as a bearer token.
     *
     * @param tokens supplies an access token for each call
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential oauth2(TokenProvider tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return Credentials.oauth2("oauth", tokens);
    }
}
