package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.observe.Observer;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;

/**
 * Makes the {@link ManagedChannel} a generated gRPC client talks through: TLS from a {@link TlsConfig},
 * the observer, a default deadline, retries and keep-alive, all in one place.
 *
 * <p>TLS is the default: without {@link Builder#tls} the JDK's CAs are trusted, and plaintext happens
 * only when asked for by name with {@link Builder#plaintext()}. The {@code TlsConfig} is applied through
 * grpc-java's {@link TlsChannelCredentials} with its key and trust managers, so a configuration with a
 * client certificate makes an mTLS channel, and the server name is checked against the target as for
 * HTTPS. Those managers follow the configuration's files, so a rotated certificate is used by the
 * channel's next connection. A call that fails because TLS did ends {@code UNAVAILABLE} with a
 * description naming the reason (see {@code TlsFailures}). The transport is the shaded Netty that this
 * module brings.
 *
 * <pre>{@code
 * ManagedChannel channel = GrpcChannels.forTarget("orders.example.com:443")
 *         .tls(TlsConfig.fromPem(chain, key, caBundle))
 *         .observer(observer)
 *         .defaultDeadline(Duration.ofSeconds(5))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GrpcChannels {

    private GrpcChannels() {}

    /** A builder for a channel to {@code target}: {@code host:port} or a gRPC target URI ({@code dns:///host:443}). */
    public static Builder forTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (target.isBlank()) {
            throw new IllegalArgumentException("target is blank: give host:port, e.g. localhost:50051");
        }
        return new Builder(target);
    }

    /** The channel credentials for {@code tls}: its key managers (mTLS) and trust managers. */
    static ChannelCredentials credentials(TlsConfig tls) {
        if (tls.hasClientCertificate() && tls.keyManagers().isEmpty()) {
            throw new IllegalArgumentException("the TlsConfig has a client certificate but no key managers:"
                    + " make it with TlsConfig.fromPem or TlsConfig.fromKeyStore");
        }
        TlsChannelCredentials.Builder credentials = TlsChannelCredentials.newBuilder();
        if (!tls.keyManagers().isEmpty()) {
            credentials.keyManager(tls.keyManagers().toArray(KeyManager[]::new));
        }
        if (!tls.trustManagers().isEmpty()) {
            credentials.trustManager(tls.trustManagers().toArray(TrustManager[]::new));
        }
        return credentials.build();
    }

    /** Collects a channel's settings; not thread-safe, the channel it builds is. */
    public static final class Builder {
        private final String target;
        private TlsConfig tls;
        private boolean plaintext;
        private Observer observer = Observer.NOOP;
        private Duration defaultDeadline;
        private Duration keepAliveTime;
        private Duration keepAliveTimeout;
        private boolean keepAliveWithoutCalls;
        private GrpcRetryPolicy retry;
        private String userAgent;
        private final List<ClientInterceptor> interceptors = new ArrayList<>();

        private Builder(String target) {
            this.target = target;
        }

        /** TLS with this configuration (mTLS when it has a client certificate). */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            this.plaintext = false;
            return this;
        }

        /** No TLS at all: for a sidecar or a test on loopback, never across a network. */
        public Builder plaintext() {
            this.plaintext = true;
            this.tls = null;
            return this;
        }

        public Builder observer(Observer observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The deadline of a unary call that sets none itself, counted from the call's start and bounding
         * it whole, retries and their backoff included; streaming calls have none by default.
         */
        public Builder defaultDeadline(Duration deadline) {
            this.defaultDeadline = positive(deadline, "defaultDeadline");
            return this;
        }

        /**
         * Pings an idle connection every {@code time} and drops it when no answer comes within
         * {@code timeout}. gRPC raises a {@code time} below 10 s to 10 s; servers may refuse pings more
         * frequent than they allow (5 min by default), so agree on it with the server.
         */
        public Builder keepAlive(Duration time, Duration timeout) {
            this.keepAliveTime = positive(time, "time");
            this.keepAliveTimeout = positive(timeout, "timeout");
            return this;
        }

        /** Whether keep-alive pings go out while no call is open (off by default). */
        public Builder keepAliveWithoutCalls(boolean enabled) {
            this.keepAliveWithoutCalls = enabled;
            return this;
        }

        /** Retries the methods this policy names (those the contract marks safe or idempotent). */
        public Builder retryPolicy(GrpcRetryPolicy retryPolicy) {
            this.retry = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /** Further interceptors, run after the observer's (which sees the call as the caller made it). */
        public Builder interceptor(ClientInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        public ManagedChannel build() {
            TlsConfig effective = plaintext ? null : tls == null ? TlsConfig.systemDefault() : tls;
            ChannelCredentials credentials = plaintext ? InsecureChannelCredentials.create() : credentials(effective);
            ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(target, credentials);
            builder.intercept(chain(effective));
            if (keepAliveTime != null) {
                builder.keepAliveTime(keepAliveTime.toNanos(), TimeUnit.NANOSECONDS)
                        .keepAliveTimeout(keepAliveTimeout.toNanos(), TimeUnit.NANOSECONDS);
            }
            builder.keepAliveWithoutCalls(keepAliveWithoutCalls);
            // Without a retry config gRPC still makes transparent retries (a request that never left
            // the client), which are always safe; a method config adds retries of calls that failed.
            if (retry != null && !retry.methods().isEmpty()) {
                builder.defaultServiceConfig(retry.serviceConfig()).enableRetry();
            }
            if (userAgent != null) {
                builder.userAgent(userAgent);
            }
            return builder.build();
        }

        /**
         * {@code intercept} runs the last interceptor given first: the observer goes last so that it
         * sees every call first, then the default deadline, then the caller's own. The TLS failure
         * interceptor goes first, nearest the transport, so that everyone else sees the named failure.
         */
        private List<ClientInterceptor> chain(TlsConfig effective) {
            List<ClientInterceptor> chain = new ArrayList<>();
            if (effective != null) {
                chain.add(new TlsFailureInterceptor(target, effective.hasClientCertificate()));
            }
            chain.addAll(interceptors);
            if (defaultDeadline != null) {
                chain.add(new DefaultDeadlineInterceptor(defaultDeadline));
            }
            chain.add(new ObserverInterceptor(observer));
            return chain;
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
