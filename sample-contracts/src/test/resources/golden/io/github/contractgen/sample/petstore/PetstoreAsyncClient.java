package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.sample.petstore.model.HealthResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The client of Petstore with operations that return a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#async()}. Closing that client closes this one. Cancelling a future cancels its exchange and any pending retry.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class PetstoreAsyncClient {
    private final RestClientCore core;

    private final PetsAsyncApi pets;

    private final StoreAsyncApi store;

    private final UsersAsyncApi users;

    PetstoreAsyncClient(RestClientCore core) {
        this.core = core;
        this.pets = new PetsAsyncApi(core);
        this.store = new StoreAsyncApi(core);
        this.users = new UsersAsyncApi(core);
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
     * The 'store' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public StoreAsyncApi store() {
        return store;
    }

    /**
     * The 'users' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public UsersAsyncApi users() {
        return users;
    }

    /**
     * Calls {@code health}.
     *
     * <p>{@code GET /health}
     *
     * @return a future of the service is up; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<HealthResponse> health() {
        return core.callAsync(PetstoreCalls.health());
    }

    /**
     * Calls {@code health}.
     *
     * <p>The same as {@link #health()},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @return a future of the response's status, headers and body: the service is up; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<HealthResponse>> healthWithResponse() {
        return core.callWithResponseAsync(PetstoreCalls.health());
    }
}
