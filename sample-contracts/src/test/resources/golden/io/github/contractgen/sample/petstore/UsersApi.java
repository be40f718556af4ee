package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The 'users' operations of Petstore, called synchronously.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#users()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class UsersApi {
    private final RestClientCore core;

    UsersApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Calls {@code login}.
     *
     * <p>{@code POST /users/login}
     *
     * @param remember the {@code remember} field of the request body
     * @return A session token, as text.
     * @throws PetstoreException when the service answers with an error status
     */
    public String login(@Nullable Boolean remember) {
        return core.call(UsersCalls.login(remember));
    }

    /**
     * Calls {@code login}.
     *
     * <p>The same as {@link #login(Boolean)} with the optional parameters left out.
     *
     * @return A session token, as text.
     * @throws PetstoreException when the service answers with an error status
     */
    public String login() {
        return login(null);
    }

    /**
     * Calls {@code login}.
     *
     * <p>The same as {@link #login(Boolean)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param remember the {@code remember} field of the request body
     * @return the response's status, headers and body: a session token, as text
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<String> loginWithResponse(@Nullable Boolean remember) {
        return core.callWithResponse(UsersCalls.login(remember));
    }
}
