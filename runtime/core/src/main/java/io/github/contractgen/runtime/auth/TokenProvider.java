package io.github.contractgen.runtime.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Supplies OAuth2 access tokens; implementations cache and refresh them.
 *
 * @since 0.1.0
 */
public interface TokenProvider {

    /** A currently valid access token. */
    String token();

    /** Like {@link #token()}, without blocking the caller's thread while a token is fetched. */
    default CompletableFuture<String> tokenAsync() {
        return CompletableFuture.supplyAsync(this::token);
    }
}
