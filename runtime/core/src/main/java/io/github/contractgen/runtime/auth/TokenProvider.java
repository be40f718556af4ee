package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.TlsConfig;
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

    /**
     * This provider fetching its tokens with the client's TLS settings, unless it was given its own;
     * see {@link Credential#withClientTls}. The default returns {@code this}.
     *
     * @since 0.2.0
     */
    default TokenProvider withClientTls(TlsConfig tls) {
        return this;
    }
}
