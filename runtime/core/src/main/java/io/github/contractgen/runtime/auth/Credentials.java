package io.github.contractgen.runtime.auth;

import io.github.contractgen.runtime.TlsConfig;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Factories for the credentials of each kind of security scheme.
 *
 * <p>Secrets are passed as suppliers where they may rotate (API keys, bearer tokens), so that a client
 * built once keeps working after a rotation. Such a supplier runs on the calling thread before every
 * attempt and should answer at once (read the current value); a secret that must be fetched belongs in a
 * {@link TokenProvider}, whose fetch a call waits for no longer than its request timeout. The returned
 * credentials are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Credentials {

    private Credentials() {}

    /** An API key sent in a header, a query parameter or a cookie named {@code name}. */
    public static Credential apiKey(String scheme, ApiKeyLocation in, String name, Supplier<String> key) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        return new SimpleCredential(scheme, target -> {
            String value = Objects.requireNonNull(key.get(), "API key supplier returned null");
            switch (in) {
                case HEADER -> target.header(name, value);
                case QUERY -> target.query(name, value);
                case COOKIE -> target.cookie(name, value);
            }
        });
    }

    /** HTTP basic authentication. */
    public static Credential basic(String scheme, String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String encoded = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new SimpleCredential(scheme, target -> target.header("Authorization", "Basic " + encoded));
    }

    /** HTTP bearer authentication with a token that may change between calls. */
    public static Credential bearer(String scheme, Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return new SimpleCredential(scheme, target -> target.header("Authorization",
                "Bearer " + Objects.requireNonNull(token.get(), "bearer token supplier returned null")));
    }

    /** OAuth2: sends {@code Authorization: Bearer <token>} with a token from {@code tokens}. */
    public static Credential oauth2(String scheme, TokenProvider tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return new OAuth2Credential(scheme, tokens);
    }

    /** A credential whose {@code apply} is a function. */
    private record SimpleCredential(String scheme, java.util.function.Consumer<AuthTarget> applier)
            implements Credential {

        SimpleCredential {
            Objects.requireNonNull(scheme, "scheme");
        }

        @Override
        public void apply(AuthTarget target) {
            applier.accept(target);
        }

        @Override
        public String toString() {
            return "Credential[" + scheme + "]";
        }
    }

    /** OAuth2, non-blocking in async calls through {@link TokenProvider#tokenAsync()}. */
    private record OAuth2Credential(String scheme, TokenProvider tokens) implements Credential {

        OAuth2Credential {
            Objects.requireNonNull(scheme, "scheme");
        }

        @Override
        public void apply(AuthTarget target) {
            target.header("Authorization", "Bearer " + tokens.token());
        }

        @Override
        public CompletableFuture<Void> applyAsync(AuthTarget target) {
            return tokens.tokenAsync().thenAccept(token -> target.header("Authorization", "Bearer " + token));
        }

        @Override
        public Credential withClientTls(TlsConfig tls) {
            TokenProvider bound = tokens.withClientTls(tls);
            return bound == tokens ? this : new OAuth2Credential(scheme, bound);
        }

        @Override
        public String toString() {
            return "Credential[" + scheme + "]";
        }
    }
}
