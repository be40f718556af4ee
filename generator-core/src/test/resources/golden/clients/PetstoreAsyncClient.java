package com.example.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The client of Swagger Petstore with operations that return a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#async()}. Closing that client closes this one. Cancelling a future cancels its exchange and any pending retry.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class PetstoreAsyncClient {
    private final RestClientCore core;

    private final DocumentsAsyncApi documents;

    private final PetsAsyncApi pets;

    PetstoreAsyncClient(RestClientCore core) {
        this.core = core;
        this.documents = new DocumentsAsyncApi(core);
        this.pets = new PetsAsyncApi(core);
    }

    /**
     * The 'documents' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public DocumentsAsyncApi documents() {
        return documents;
    }

    /**
     * The 'pets' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public PetsAsyncApi pets() {
        return pets;
    }

    /**
     * Tells whether the service is up.
     *
     * <p>{@code GET /health}
     *
     * @return a future of the response body; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<String> health() {
        return core.callAsync(PetstoreCalls.health());
    }

    /**
     * Tells whether the service is up.
     *
     * <p>The same as {@link #health()},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @return a future of the response's status, headers and decoded body; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<String>> healthWithResponse() {
        return core.callWithResponseAsync(PetstoreCalls.health());
    }

    /**
     * Exchanges a password for a session token.
     *
     * <p>{@code POST /login}
     *
     * @param username the {@code username} field of the request body
     * @param password the {@code password} field of the request body
     * @param remember the {@code remember} field of the request body
     * @return a future of the response body; it fails with {@link PetstoreException.Unauthorized} on HTTP 401, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<String> login(String username, String password,
            @Nullable Boolean remember) {
        return core.callAsync(PetstoreCalls.login(username, password, remember));
    }

    /**
     * Exchanges a password for a session token.
     *
     * <p>The same as {@link #login(String, String, Boolean)} with the optional parameters left out.
     *
     * @param username the {@code username} field of the request body
     * @param password the {@code password} field of the request body
     * @return a future of the response body; it fails with {@link PetstoreException.Unauthorized} on HTTP 401, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<String> login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * Exchanges a password for a session token.
     *
     * <p>The same as {@link #login(String, String, Boolean)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param username the {@code username} field of the request body
     * @param password the {@code password} field of the request body
     * @param remember the {@code remember} field of the request body
     * @return a future of the response's status, headers and decoded body; it fails with {@link PetstoreException.Unauthorized} on HTTP 401, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<String>> loginWithResponse(String username,
            String password, @Nullable Boolean remember) {
        return core.callWithResponseAsync(PetstoreCalls.login(username, password, remember));
    }
}
