package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.Credential;
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

    private final String serviceName;
    private final URI baseUri;
    private final TlsConfig tls;
    private final Observer observer;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final List<Credential> credentials;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final long maxResponseBytes;
    private final boolean lenientDecoding;

    private HttpClientOptions(Builder builder) {
        this.baseUri = builder.baseUri;
        this.serviceName = builder.serviceName != null ? builder.serviceName
                : builder.baseUri.getHost() == null ? "" : builder.baseUri.getHost();
        this.tls = builder.tls != null ? builder.tls : TlsConfig.systemDefault();
        this.observer = builder.observer;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        // Credentials that make their own connections (OAuth2 token endpoints) use the client's TLS.
        this.credentials = builder.credentials.stream().map(credential -> credential.withClientTls(tls)).toList();
        this.retryPolicy = builder.retryPolicy;
        this.userAgent = builder.userAgent;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.lenientDecoding = builder.lenientDecoding;
    }

    /** A builder with the defaults: 10 s connect, 30 s request timeout, default retries, no observer. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder().serviceName(serviceName).baseUri(baseUri).tls(tls).observer(observer)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).credentials(credentials)
                .retryPolicy(retryPolicy).userAgent(userAgent).maxResponseBytes(maxResponseBytes)
                .lenientDecoding(lenientDecoding);
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

    public Duration requestTimeout() {
        return requestTimeout;
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
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", credentials="
                + credentials.stream().map(Credential::scheme).toList() + ", retryPolicy=" + retryPolicy + "]";
    }

    /** Builds {@link HttpClientOptions}. Not thread-safe. */
    public static final class Builder {

        private String serviceName;
        private URI baseUri;
        private TlsConfig tls;
        private Observer observer = Observer.NOOP;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private List<Credential> credentials = List.of();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
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

        /** The longest wait for one attempt's response after the request is sent. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
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
         * Whether responses decode leniently (default: no): a required value that is absent or
         * {@code null}, and an empty or {@code null} body, decode as {@code null} instead of failing
         * with a {@code DecodingException}. Numbers are checked as strictly as ever.
         */
        public Builder lenientDecoding(boolean lenientDecoding) {
            this.lenientDecoding = lenientDecoding;
            return this;
        }

        /** The options; fails naming the setting that is missing or invalid. */
        public HttpClientOptions build() {
            if (baseUri == null) {
                throw new IllegalStateException("baseUri is required: set it with baseUri(URI)");
            }
            String scheme = baseUri.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalStateException("baseUri must be an http or https URI, was " + baseUri);
            }
            if (baseUri.getHost() == null) {
                throw new IllegalStateException("baseUri must name a host, was " + baseUri);
            }
            if (baseUri.getRawUserInfo() != null) {
                // A password in the URI would end up in every message that names the URI.
                throw new IllegalStateException("baseUri must not contain user info: use credentials(...) instead");
            }
            if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
                throw new IllegalStateException("baseUri must not have a query or fragment, was " + baseUri);
            }
            return new HttpClientOptions(this);
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
