package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TlsConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * An OAuth2 client-credentials token source: POSTs {@code grant_type=client_credentials} to the token
 * endpoint with the client id and secret as HTTP basic authentication, and caches the token until
 * shortly before it expires.
 *
 * <p>Thread-safe: concurrent callers share one fetch, and a failed fetch is retried by the next
 * caller. The client secret and tokens never appear in exception messages or logs.
 *
 * @since 0.1.0
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {

    private final Builder settings;
    private final TokenEndpoint endpoint;
    private CompletableFuture<TokenEndpoint.Token> current;

    private ClientCredentialsTokenProvider(Builder builder) {
        this.settings = builder.copy();
        this.endpoint = new TokenEndpoint(builder.tokenUri, builder.clientId, builder.clientSecret, builder.scopes,
                builder.tls != null ? builder.tls : TlsConfig.systemDefault());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String token() {
        try {
            return tokenAsync().get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContractgenException("interrupted while fetching an OAuth2 token from " + endpoint.safeUri(), e);
        }
    }

    @Override
    public CompletableFuture<String> tokenAsync() {
        return cachedOrFetch().thenApply(TokenEndpoint.Token::value);
    }

    private synchronized CompletableFuture<TokenEndpoint.Token> cachedOrFetch() {
        CompletableFuture<TokenEndpoint.Token> token = current;
        boolean usable = token != null && (!token.isDone()
                || (!token.isCompletedExceptionally() && !token.join().expiresSoon()));
        if (!usable) {
            token = endpoint.fetch();
            current = token;
        }
        // A copy, so that a caller cancelling its future cannot cancel the fetch other callers share.
        return token.copy();
    }

    private static RuntimeException unwrap(Throwable cause) {
        Throwable t = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return t instanceof RuntimeException runtime ? runtime
                : new ContractgenException("OAuth2 token request failed: " + t.getClass().getSimpleName(), t);
    }

    /**
     * A provider for the same endpoint and client that connects with {@code tls}, unless this one was
     * given its own {@link Builder#tls}. The copy has its own token cache.
     */
    @Override
    public TokenProvider withClientTls(TlsConfig tls) {
        Objects.requireNonNull(tls, "tls");
        if (settings.tls != null) {
            return this;
        }
        Builder bound = settings.copy();
        bound.tls = tls;
        ClientCredentialsTokenProvider provider = new ClientCredentialsTokenProvider(bound);
        provider.settings.tls = null; // still follows whichever client it is given to next
        return provider;
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + endpoint.safeUri() + "]";
    }

    /** Builds a {@link ClientCredentialsTokenProvider}. Not thread-safe. */
    public static final class Builder {

        private URI tokenUri;
        private String clientId;
        private String clientSecret;
        private List<String> scopes = List.of();
        private TlsConfig tls;
        private boolean allowCredentialsOverPlainHttp;

        private Builder() {}

        public Builder tokenUri(URI tokenUri) {
            this.tokenUri = tokenUri;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /** The scopes to ask for; none by default. */
        public Builder scopes(List<String> scopes) {
            this.scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
            return this;
        }

        /**
         * TLS for the token endpoint. Without it the provider uses the TLS settings of the client it
         * is given to, or {@link TlsConfig#systemDefault()} when used on its own.
         */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * Lets the client secret go to an {@code http://} token endpoint that is not loopback (default:
         * {@link #build()} refuses it; see {@link PlainHttp}). For a network you trust end to end.
         */
        public Builder allowCredentialsOverPlainHttp() {
            this.allowCredentialsOverPlainHttp = true;
            return this;
        }

        /**
         * The provider; fails naming the setting that is missing, and when the client secret would go over
         * plain http to a host that is not loopback without {@link #allowCredentialsOverPlainHttp()}.
         */
        public ClientCredentialsTokenProvider build() {
            if (tokenUri == null) {
                throw new IllegalStateException("tokenUri is required: set it with tokenUri(URI)");
            }
            if (clientId == null) {
                throw new IllegalStateException("clientId is required: set it with clientId(String)");
            }
            if (clientSecret == null) {
                throw new IllegalStateException("clientSecret is required: set it with clientSecret(String)");
            }
            if (!allowCredentialsOverPlainHttp) {
                PlainHttp.requireSafe(tokenUri, "OAuth2 token endpoint", "the client secret",
                        "allowCredentialsOverPlainHttp() on ClientCredentialsTokenProvider.builder()");
            }
            return new ClientCredentialsTokenProvider(this);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.tokenUri = tokenUri;
            copy.clientId = clientId;
            copy.clientSecret = clientSecret;
            copy.scopes = scopes;
            copy.tls = tls;
            copy.allowCredentialsOverPlainHttp = allowCredentialsOverPlainHttp;
            return copy;
        }
    }

    /** How long before its expiry a token is replaced. */
    static Duration refreshMargin(Duration lifetime) {
        Duration tenth = lifetime.dividedBy(10);
        return tenth.compareTo(Duration.ofSeconds(30)) < 0 ? tenth : Duration.ofSeconds(30);
    }
}
