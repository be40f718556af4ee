package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'users' operations of Petstore, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreAsyncClient#users()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class UsersAsyncApi {
    private final RestClientCore core;

    UsersAsyncApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Calls {@code login}.
     *
     * <p>{@code POST /users/login}
     *
     * @param remember the {@code remember} field of the request body
     * @return a future of a session token, as text; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<String> login(@Nullable Boolean remember) {
        return core.callAsync(UsersCalls.login(remember));
    }

    /**
     * Calls {@code login}.
     *
     * <p>The same as {@link #login(Boolean)} with the optional parameters left out.
     *
     * @return a future of a session token, as text; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<String> login() {
        return login(null);
    }

    /**
     * Calls {@code login}.
     *
     * <p>The same as {@link #login(Boolean)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param remember the {@code remember} field of the request body
     * @return a future of the response's status, headers and body: a session token, as text; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<String>> loginWithResponse(@Nullable Boolean remember) {
        return core.callWithResponseAsync(UsersCalls.login(remember));
    }
}
