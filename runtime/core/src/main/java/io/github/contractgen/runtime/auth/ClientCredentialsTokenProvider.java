package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.TlsConfig;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An OAuth2 client-credentials token source: POSTs {@code grant_type=client_credentials} to the token
 * endpoint with the client id and secret as HTTP basic authentication, and caches the token until
 * shortly before it expires.
 *
 * <p>Thread-safe: concurrent callers share one fetch. The client secret and tokens never appear in
 * exception messages or logs.
 *
 * @since 0.1.0
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {

    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final TlsConfig tls;

    private ClientCredentialsTokenProvider(Builder builder) {
        this.tokenUri = builder.tokenUri;
        this.clientId = builder.clientId;
        this.clientSecret = builder.clientSecret;
        this.scopes = builder.scopes;
        this.tls = builder.tls;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String token() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Builds a {@link ClientCredentialsTokenProvider}. Not thread-safe. */
    public static final class Builder {

        private URI tokenUri;
        private String clientId;
        private String clientSecret;
        private List<String> scopes = List.of();
        private TlsConfig tls;

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

        /** TLS for the token endpoint; default {@link TlsConfig#systemDefault()}. */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /** The provider; fails naming the setting that is missing. */
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
            if (tls == null) {
                tls = TlsConfig.systemDefault();
            }
            return new ClientCredentialsTokenProvider(this);
        }
    }
}
