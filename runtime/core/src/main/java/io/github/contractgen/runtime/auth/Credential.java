package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.TlsConfig;
import java.util.concurrent.CompletableFuture;

/**
 * A credential for one security scheme of a contract, applied to each request that needs it.
 *
 * <p>Made by {@link Credentials}; users rarely implement it. Calls, sync and async, put a credential on
 * a request through {@link #applyAsync} and wait for it no longer than their {@code requestTimeout}: a
 * credential that must fetch something (an OAuth2 token) returns a future that completes when it has
 * it, and one that never answers ends the call with a {@code CallTimeoutException}. The default runs
 * {@link #apply} on the calling thread, which suits a credential that answers at once; one that may
 * block there holds the caller until it returns.
 *
 * @since 0.1.0
 */
public interface Credential {

    /** The security scheme's name in the contract ({@code components.securitySchemes} key). */
    String scheme();

    /** Puts the credential on a request; called before each attempt. */
    void apply(AuthTarget target);

    /** Like {@link #apply}, without blocking when the credential must first be fetched. */
    default CompletableFuture<Void> applyAsync(AuthTarget target) {
        try {
            apply(target);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * This credential with its own connections (such as to an OAuth2 token endpoint) made with the
     * client's TLS settings, so that a private CA or a client certificate given to the client also
     * reaches the token endpoint. The client calls it once, when it is built; the default returns
     * {@code this}.
     *
     * @since 0.2.0
     */
    default Credential withClientTls(TlsConfig tls) {
        return this;
    }
}
