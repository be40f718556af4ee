package com.example.petstore;

import io.github.contractgen.runtime.auth.ApiKeyLocation;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.Credentials;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * Credentials for the security schemes of Petstore; pass them to {@code PetstoreClient.builder().auth(...)}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class PetstoreAuth {
    private PetstoreAuth() {
    }

    /**
     * Scheme {@code apiKey}: the API key sent in the header {@code X-API-Key}, asked for on every call so that it may change.
     *
     * <p>A key from the developer portal.
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
     * <p>A key from the developer portal.
     *
     * @param key the key, sent as it is
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential apiKey(String key) {
        Objects.requireNonNull(key, "key");
        return Credentials.apiKey("apiKey", ApiKeyLocation.HEADER, "X-API-Key", () -> key);
    }

    /**
     * Scheme {@code bearerAuth}: a bearer token, asked for on every call so that it may change.
     *
     * @param token supplies the token for each call
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential bearer(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return Credentials.bearer("bearerAuth", token);
    }

    /**
     * Scheme {@code bearerAuth}: a fixed bearer token.
     *
     * @param token the token, sent as it is
     * @return the credential, for {@code auth(...)} on the client's builder
     */
    public static Credential bearer(String token) {
        Objects.requireNonNull(token, "token");
        return Credentials.bearer("bearerAuth", () -> token);
    }
}
