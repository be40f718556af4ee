package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.auth.PlainHttp;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.observe.Observer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link RestClientCore} is configured with: where the service is, how to reach it
 * securely, how long to wait, how to retry, which credentials to send and whom to tell.
 *
 * <p>Immutable; {@link #toBuilder()} makes a changed copy. {@link Builder#build()} validates and names
 * what is missing or wrong, so that a misconfiguration fails at start-up, not at the first call.
 *
 * @since 0.1.0
 */
public final class HttpClientOptions {

    /** 64 MiB: far above what a JSON API answers, far below what would endanger a default heap. */
    private static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    /** 256 MiB: four bodies of the default limit at once (and never less than one body of the limit set). */
    private static final long DEFAULT_MAX_BYTES_IN_FLIGHT = 256L * 1024 * 1024;

    private final String serviceName;
    private final URI baseUri;
    private final TlsConfig tls;
    private final Observer observer;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration attemptTimeout;
    private final List<Credential> credentials;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final long maxResponseBytes;
    private final boolean allowCredentialsOverPlainHttp;
    private final long maxBytesInFlight;
    private final boolean lenientDecoding;

    private HttpClientOptions(Builder builder) {
        this.baseUri = builder.baseUri;
        this.serviceName = builder.serviceName != null ? builder.serviceName
                : builder.baseUri.getHost() == null ? "" : builder.baseUri.getHost();
        this.tls = builder.tls != null ? builder.tls : TlsConfig.systemDefault();
        this.observer = builder.observer;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.attemptTimeout = builder.attemptTimeout;
        // Credentials that make their own connections (OAuth2 token endpoints) use the client's TLS.
        this.credentials = builder.credentials.stream().map(credential -> credential.withClientTls(tls)).toList();
        this.retryPolicy = builder.retryPolicy;
        this.userAgent = builder.userAgent;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.allowCredentialsOverPlainHttp = builder.allowCredentialsOverPlainHttp;
        this.maxBytesInFlight = builder.maxBytesInFlight != null ? builder.maxBytesInFlight
                : Math.max(DEFAULT_MAX_BYTES_IN_FLIGHT, builder.maxResponseBytes);
        this.lenientDecoding = builder.lenientDecoding;
    }

    /**
     * A builder with the defaults: 10 s connect, 30 s for a whole call, no per-attempt timeout, default
     * retries, 64 MiB per response body, 256 MiB of bodies in flight, no observer.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder().serviceName(serviceName).baseUri(baseUri).tls(tls).observer(observer)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).attemptTimeout(attemptTimeout)
                .credentials(credentials).retryPolicy(retryPolicy).userAgent(userAgent)
                .maxResponseBytes(maxResponseBytes).maxBytesInFlight(maxBytesInFlight)
                .allowCredentialsOverPlainHttp(allowCredentialsOverPlainHttp).lenientDecoding(lenientDecoding);
    }

    /** The service's name, for observers; defaults to the base URI's host. */
    public String serviceName() {
        return serviceName;
    }

    public URI baseUri() {
        return baseUri;
    }

    public TlsConfig tls() {
        return tls;
    }

    public Observer observer() {
        return observer;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The longest a whole call may take: every attempt, the waits between them and reading the body. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The longest one attempt may take (within {@link #requestTimeout()}), or null when unbounded on its own. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    public List<Credential> credentials() {
        return credentials;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The {@code User-Agent} header, or null for the JDK's default. */
    public String userAgent() {
        return userAgent;
    }

    /** The largest response body a call accepts, in bytes; a larger one fails with ResponseTooLargeException. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Whether credentials may go over plain http to a host that is not loopback. */
    public boolean allowCredentialsOverPlainHttp() {
        return allowCredentialsOverPlainHttp;
    }

    /**
     * The most bytes of response bodies this client holds at once, over all its calls; a body that
     * would pass it fails with ResponseTooLargeException.
     */
    public long maxBytesInFlight() {
        return maxBytesInFlight;
    }

    /**
     * Whether a required value that is absent or {@code null} in a response decodes as {@code null}
     * (for servers known to break their own contract) instead of failing; see {@link JsonCodec#lenient()}.
     *
     * @since 0.1.0
     */
    public boolean lenientDecoding() {
        return lenientDecoding;
    }

    /** The codec that decodes this client's responses: strict, or lenient when asked for. */
    JsonCodec codec() {
        return JsonCodec.of(lenientDecoding);
    }

    @Override
    public String toString() {
        // Credentials are listed by scheme only: toString output ends up in logs.
        return "HttpClientOptions[service=" + serviceName + ", baseUri=" + baseUri + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", attemptTimeout=" + attemptTimeout
                + ", credentials=" + credentials.stream().map(Credential::scheme).toList() + ", retryPolicy="
                + retryPolicy + ", lenientDecoding=" + lenientDecoding + "]";
    }

    /** Builds {@link HttpClientOptions}. Not thread-safe. */
    public static final class Builder {

        private String serviceName;
        private URI baseUri;
        private TlsConfig tls;
        private Observer observer = Observer.NOOP;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration attemptTimeout;
        private List<Credential> credentials = List.of();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private boolean allowCredentialsOverPlainHttp;
        private Long maxBytesInFlight;
        private boolean lenientDecoding;

        private Builder() {}

        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /** The URI that operation paths are appended to; required, http or https. */
        public Builder baseUri(URI baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        public Builder observer(Observer observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** The longest wait for a connection, TLS handshake included. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * The longest a whole call may take (default 30 s): every attempt, the waits between them
         * ({@code Retry-After} included) and reading the response body. A call that reaches it fails
         * with a {@code CallTimeoutException}; a retry whose wait would pass it is not made, the call
         * ends with the error it has.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * The longest one attempt may take, response body included, within what {@link #requestTimeout}
         * leaves (default: none, an attempt may take all of it). An attempt that reaches it counts as a
         * failed attempt and is retried like an I/O failure; null removes the bound.
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = attemptTimeout == null ? null : positive(attemptTimeout, "attemptTimeout");
            return this;
        }

        /** The credentials, one per security scheme; replaces any set before. */
        public Builder credentials(List<Credential> credentials) {
            Objects.requireNonNull(credentials, "credentials");
            credentials.forEach(c -> Objects.requireNonNull(c, "credential"));
            this.credentials = List.copyOf(credentials);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * The largest response body to accept, in bytes (default 64 MiB): a bigger one is refused while
         * it streams in, with a {@code ResponseTooLargeException}, instead of filling the heap.
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Whether credentials may be sent over plain {@code http://} to a host that is not loopback
         * (default false: {@link #build()} refuses it). For a network you trust end to end, such as a
         * sidecar reached by name; plain http to {@code 127.0.0.1}, {@code ::1} or {@code localhost} is
         * always allowed.
         */
        public Builder allowCredentialsOverPlainHttp(boolean allow) {
            this.allowCredentialsOverPlainHttp = allow;
            return this;
        }

        /**
         * The most bytes of response bodies the client holds at once, over all its calls (default 256
         * MiB, or {@link #maxResponseBytes} when that is more): a body that would pass it is refused
         * while it streams in, with a {@code ResponseTooLargeException}, so that many large responses
         * at once cannot fill the heap. It must not be below {@code maxResponseBytes}.
         */
        public Builder maxBytesInFlight(long maxBytesInFlight) {
            if (maxBytesInFlight <= 0) {
                throw new IllegalArgumentException("maxBytesInFlight must be positive, was " + maxBytesInFlight);
            }
            this.maxBytesInFlight = maxBytesInFlight;
            return this;
        }

        /**
         * Whether responses decode leniently (default: no): a required value that is absent or
         * {@code null}, and an empty or {@code null} body, decode as {@code null} instead of failing
         * with a {@code DecodingException}. Numbers are checked as strictly as ever.
         */
        public Builder lenientDecoding(boolean lenientDecoding) {
            this.lenientDecoding = lenientDecoding;
            return this;
        }

        /**
         * The options; fails naming the setting that is missing or invalid, and when credentials would go
         * over plain http to a host that is not loopback without {@link #allowCredentialsOverPlainHttp}.
         */
        public HttpClientOptions build() {
            if (baseUri == null) {
                throw new IllegalStateException("baseUri is required: set it with baseUri(URI)");
            }
            String scheme = baseUri.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalStateException("baseUri must be an http or https URI, was " + shown(baseUri));
            }
            if (baseUri.getHost() == null) {
                throw new IllegalStateException("baseUri must name a host, was " + shown(baseUri));
            }
            if (baseUri.getRawUserInfo() != null) {
                // A password in the URI would end up in every message that names the URI.
                throw new IllegalStateException("baseUri must not contain user info: use credentials(...) instead");
            }
            if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
                throw new IllegalStateException("baseUri must not have a query or fragment, was " + shown(baseUri));
            }
            if (!credentials.isEmpty() && !allowCredentialsOverPlainHttp) {
                PlainHttp.requireSafe(baseUri, serviceName != null ? serviceName : baseUri.getHost(), "credentials "
                        + credentials.stream().map(Credential::scheme).toList(),
                        "allowCredentialsOverPlainHttp() on the client's builder");
            }
            if (maxBytesInFlight != null && maxBytesInFlight < maxResponseBytes) {
                throw new IllegalStateException("maxBytesInFlight (" + maxBytesInFlight + ") must not be below "
                        + "maxResponseBytes (" + maxResponseBytes + "): one such body could never be read");
            }
            return new HttpClientOptions(this);
        }

        /** {@code uri} for a message: user information masked, the query (where keys travel) left out. */
        private static String shown(URI uri) {
            String text = Redaction.userInfo(uri.toString());
            int query = text.indexOf('?');
            return query < 0 ? text : text.substring(0, query) + "?" + Redaction.MASK;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
