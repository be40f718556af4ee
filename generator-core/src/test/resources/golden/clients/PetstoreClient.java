package com.example.petstore;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.runtime.observe.Observer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The client of Swagger Petstore.
 *
 * <p>A sample API that uses a petstore.
 *
 * <p>Immutable and thread-safe: build one with {@link #builder()} and share it. {@link #async()} gives the same operations returning futures. Close the client to release its connections.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class PetstoreClient implements AutoCloseable {
    /**
     * The production API.
     *
     * <p>Server variables at their defaults.
     */
    public static final URI SERVER_PRODUCTION = URI.create("https://eu.petstore.example/v1");

    private final RestClientCore core;

    private final DocumentsApi documents;

    private final PetsApi pets;

    private final PetstoreAsyncClient async;

    private PetstoreClient(RestClientCore core) {
        this.core = core;
        this.documents = new DocumentsApi(core);
        this.pets = new PetsApi(core);
        this.async = new PetstoreAsyncClient(core);
    }

    /**
     * A builder for a new client.
     *
     * @return a builder with nothing set yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The 'documents' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public DocumentsApi documents() {
        return documents;
    }

    /**
     * The 'pets' operations.
     *
     * @return the client of those operations, sharing this one's connections
     */
    public PetsApi pets() {
        return pets;
    }

    /**
     * The same operations, each returning a {@link java.util.concurrent.CompletableFuture}; shares this client's connections and configuration.
     *
     * @return the asynchronous client
     */
    public PetstoreAsyncClient async() {
        return async;
    }

    /**
     * Tells whether the service is up.
     *
     * <p>{@code GET /health}
     *
     * @return the response body
     * @throws PetstoreException when the service answers with an error status
     */
    public String health() {
        return core.call(PetstoreCalls.health());
    }

    /**
     * Tells whether the service is up.
     *
     * <p>The same as {@link #health()},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @return the response's status, headers and decoded body
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<String> healthWithResponse() {
        return core.callWithResponse(PetstoreCalls.health());
    }

    /**
     * Exchanges a password for a session token.
     *
     * <p>{@code POST /login}
     *
     * @param username the {@code username} field of the request body
     * @param password the {@code password} field of the request body
     * @param remember the {@code remember} field of the request body
     * @return the response body
     * @throws PetstoreException.Unauthorized on HTTP 401
     * @throws PetstoreException on any other error status
     */
    public String login(String username, String password, @Nullable Boolean remember) {
        return core.call(PetstoreCalls.login(username, password, remember));
    }

    /**
     * Exchanges a password for a session token.
     *
     * <p>The same as {@link #login(String, String, Boolean)} with the optional parameters left out.
     *
     * @param username the {@code username} field of the request body
     * @param password the {@code password} field of the request body
     * @return the response body
     * @throws PetstoreException.Unauthorized on HTTP 401
     * @throws PetstoreException on any other error status
     */
    public String login(String username, String password) {
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
     * @return the response's status, headers and decoded body
     * @throws PetstoreException.Unauthorized on HTTP 401
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<String> loginWithResponse(String username, String password,
            @Nullable Boolean remember) {
        return core.callWithResponse(PetstoreCalls.login(username, password, remember));
    }

    /**
     * Releases the client's connections; calls made afterwards fail.
     */
    @Override
    public void close() {
        core.close();
    }

    /**
     * Configures a {@link PetstoreClient}; not thread-safe, {@link #build()} validates.
     */
    public static final class Builder {
        private final HttpClientOptions.Builder options = HttpClientOptions.builder().serviceName("Petstore");

        private @Nullable PetstoreConfig config;

        private boolean baseUriSet;

        private boolean tlsSet;

        private boolean timeoutsSet;

        private boolean attemptTimeoutSet;

        private boolean authSet;

        private Builder() {
            options.baseUri(SERVER_PRODUCTION);
        }

        /**
         * The service's base URI, to which the contract's paths are appended. Defaults to {@link #SERVER_PRODUCTION}.
         *
         * @param baseUri an absolute URI
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            options.baseUri(Objects.requireNonNull(baseUri, "baseUri"));
            this.baseUriSet = true;
            return this;
        }

        /**
         * TLS trust and client identity, e.g. {@code TlsConfig.fromPem(chain, key, caBundle)}; defaults to the system trust store.
         *
         * @param tls the trust and identity of every connection
         * @return this builder
         */
        public Builder tls(TlsConfig tls) {
            options.tls(Objects.requireNonNull(tls, "tls"));
            this.tlsSet = true;
            return this;
        }

        /**
         * Settings from configuration ({@code PetstoreConfig.fromEnvironment()}: system properties, environment variables, the config file) for everything not set on this builder: base URI or server, TLS, timeouts, credentials. Read at {@link #build()}.
         *
         * @param config the settings for what this builder leaves unset
         * @return this builder
         */
        public Builder config(PetstoreConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The credentials to use, one per security scheme; replaces those set before.
         * Create them with {@link PetstoreAuth}.
         *
         * @param credentials the credentials; none to send requests without any
         * @return this builder
         */
        public Builder auth(Credential... credentials) {
            options.credentials(List.of(credentials));
            this.authSet = true;
            return this;
        }

        /**
         * Lets credentials go over plain {@code http://} to a host that is not loopback. Without it,
         * {@link #build()} refuses that, because anyone on the network can read them: use https, or call
         * this for a network you trust end to end. Plain http to {@code 127.0.0.1}, {@code ::1} or
         * {@code localhost} is always allowed.
         *
         * @return this builder
         */
        public Builder allowCredentialsOverPlainHttp() {
            options.allowCredentialsOverPlainHttp(true);
            return this;
        }

        /**
         * Monitoring hooks called for every call and attempt; defaults to none.
         *
         * @param observer receives the events of every call
         * @return this builder
         */
        public Builder observer(Observer observer) {
            options.observer(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        /**
         * How long to wait for a connection (TLS handshake included; default 10 s) and how long a whole call may take (default 30 s): every attempt, the waits between them ({@code Retry-After} included) and reading the response. A retry whose wait would pass it is not made.
         *
         * @param connect the connect timeout, positive
         * @param request the timeout of a whole call, positive
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration request) {
            options.connectTimeout(Objects.requireNonNull(connect, "connect")).requestTimeout(Objects.requireNonNull(request, "request"));
            this.timeoutsSet = true;
            return this;
        }

        /**
         * How long one attempt may take, reading its response included, within the timeout of the whole call; an attempt that takes longer is retried like an I/O failure, if the call is idempotent and has time left. Defaults to none: an attempt may take what is left of the call.
         *
         * @param attemptTimeout the longest one attempt may take, positive
         * @return this builder
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            options.attemptTimeout(Objects.requireNonNull(attemptTimeout, "attemptTimeout"));
            this.attemptTimeoutSet = true;
            return this;
        }

        /**
         * The largest response body to accept (default 64 MiB); a larger one fails the call with a {@code ResponseTooLargeException} while it streams in, before it fills the heap.
         *
         * @param maxResponseBytes the largest response body to accept, in bytes, positive
         * @return this builder
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            options.maxResponseBytes(maxResponseBytes);
            return this;
        }

        /**
         * The most bytes of response bodies this client holds at once, over all its calls (default 256 MiB, and never below {@code maxResponseBytes}); a body that would pass it fails its call with a {@code ResponseTooLargeException}, so that many large responses at once cannot fill the heap.
         *
         * @param maxBytesInFlight the most bytes of response bodies held at once, positive
         * @return this builder
         */
        public Builder maxBytesInFlight(long maxBytesInFlight) {
            options.maxBytesInFlight(maxBytesInFlight);
            return this;
        }

        /**
         * When idempotent calls are retried; defaults to {@code RetryPolicy.defaults()}.
         *
         * @param retryPolicy which failures are tried again, how often and after what pause
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            options.retryPolicy(Objects.requireNonNull(retryPolicy, "retryPolicy"));
            return this;
        }

        /**
         * For a server known to break its own contract: a required value that is absent or {@code null} in a response, and an empty or {@code null} body where the contract declares one, decode as {@code null} instead of failing with a {@code DecodingException}, so a result or accessor may return null. Numbers are checked as strictly as ever, and a primitive component still needs its value; requests are never lenient.
         *
         * @return this builder
         */
        public Builder lenientDecoding() {
            options.lenientDecoding(true);
            return this;
        }

        /**
         * A new client.
         *
         * @return the client; closing it releases its connections
         * @throws IllegalStateException naming the missing or invalid setting
         * @throws io.github.contractgen.runtime.config.ConfigException naming the configuration key that is missing or invalid
         */
        public PetstoreClient build() {
            if (config != null) {
                if (!baseUriSet) {
                    options.baseUri(config.baseUri());
                }
                if (!tlsSet) {
                    config.tls().ifPresent(options::tls);
                }
                if (!timeoutsSet) {
                    config.connectTimeout().ifPresent(options::connectTimeout);
                    config.requestTimeout().ifPresent(options::requestTimeout);
                }
                if (!attemptTimeoutSet) {
                    config.attemptTimeout().ifPresent(options::attemptTimeout);
                }
                if (!authSet) {
                    options.credentials(config.credentials());
                }
            }
            return new PetstoreClient(RestClientCore.create(options.build()));
        }
    }
}
