package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsFailures;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionRegistry;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.events.MessageHandler;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An event transport over Apache Kafka: a message's address is its topic, its key the record key, its
 * headers Kafka headers (UTF-8), its content type the {@code content-type} header.
 *
 * <p>The producer waits for every in-sync replica ({@code acks=all}) and is idempotent; a send that the
 * broker did not take within the send timeout (default 30 s; also the longest wait for an unreachable
 * broker) fails its future with a {@link TransportException}. Each subscription has its own consumer
 * and thread, in the subscription's consumer group, and commits a record's offset only after the
 * handler returned or the record was dead-lettered; a new group starts at the earliest offset. A handler
 * still running when the close grace of {@link io.github.contractgen.runtime.events.Subscription#close()}
 * ends leaves its record uncommitted: the group's next consumer gets it once the interrupted consumer has
 * left the group (when its handler returns, at the latest after {@code max.poll.interval.ms}). The
 * group of a subscription with a {@linkplain SubscriptionSpec#transientGroup() transient group} (the
 * replies an {@link io.github.contractgen.runtime.events.EventClient} waits for) is deleted when the
 * subscription closes, best effort (a failure is logged at WARNING), so that clients leave no group behind.
 * Address patterns with parameters become regular-expression subscriptions, which notice topics created
 * later within {@link KafkaConfigs#PATTERN_REFRESH}.
 *
 * <p>Outages: the Kafka client reconnects by itself, and a subscription stays open through an outage.
 * A subscription that hears nothing from the brokers for {@link ConnectionWatch#SILENCE} logs a
 * WARNING on this class's logger, and an INFO when it hears from them again; it then receives what
 * was sent meanwhile and afterwards. A send during an outage fails on its future within the send
 * timeout. Wrong SASL credentials fail sends with a message that says "Authentication failed"; the
 * password is never logged or part of a message. Thread-safe.
 *
 * @since 0.1.0
 */
public final class KafkaTransport implements EventTransport {

    private final KafkaConfigs configs;
    private final Producer<byte[], byte[]> producer;
    // KafkaProducer.send blocks while it waits for a topic's metadata; this thread takes that wait off
    // the caller and keeps the sends of one transport in order.
    private final ExecutorService sender;
    private final SubscriptionRegistry<KafkaSubscription> subscriptions = new SubscriptionRegistry<>("Kafka transport");
    private final AtomicInteger consumers = new AtomicInteger();

    private KafkaTransport(KafkaConfigs configs) {
        this.configs = configs;
        this.producer = new KafkaProducer<>(configs.producer());
        this.sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "contractgen-kafka-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A builder for a transport to the brokers in {@code bootstrapServers} ({@code host:port,...}). */
    public static Builder bootstrap(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        CompletableFuture<Void> result = new CompletableFuture<>();
        ProducerRecord<byte[], byte[]> record = KafkaRecords.toRecord(message);
        long deadline = System.nanoTime() + configs.sendTimeout().toNanos();
        try {
            sender.execute(() -> sendNow(record, deadline, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(failure(message.address(), "the transport is closed", e));
        }
        return result;
    }

    private void sendNow(ProducerRecord<byte[], byte[]> record, long deadline, CompletableFuture<Void> result) {
        if (System.nanoTime() > deadline) {
            result.completeExceptionally(failure(record.topic(), "not sent within " + configs.sendTimeout()
                    + ": earlier sends were waiting for an unreachable broker", null));
            return;
        }
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    result.complete(null);
                } else {
                    result.completeExceptionally(failure(record.topic(), error.getMessage(), error));
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(failure(record.topic(), e.getMessage(), e));
        }
    }

    private TransportException failure(String topic, String reason, Throwable cause) {
        String context = "sending to Kafka topic '" + topic + "' failed";
        TlsConfig tls = configs.tls();
        if (cause != null && tls != null) {
            // Kafka wraps the handshake failure in an SslAuthenticationException ("SSL handshake failed").
            TlsHandshakeException named = TlsFailures.classify(context, cause, configs.firstHost(),
                    tls.hasClientCertificate());
            if (named != null) {
                return named;
            }
        }
        return new TransportException(context + ": " + reason, cause);
    }

    @Override
    public Subscription subscribe(SubscriptionSpec spec, MessageHandler handler) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        if (spec.group() == null) {
            throw new IllegalArgumentException("Kafka needs a consumer group to subscribe to '"
                    + spec.addressPattern() + "': set SubscriptionSpec.group");
        }
        KafkaSubscription subscription = subscriptions.add(spec.addressPattern(), open -> {
            int index = consumers.incrementAndGet();
            return new KafkaSubscription(spec, handler,
                    configs.consumer(spec.group(), spec.pattern().hasParameters(), index), index,
                    spec.transientGroup() ? configs.admin() : null, configs.sendTimeout());
        });
        subscription.start();
        return subscription;
    }

    @Override
    public void close() {
        if (!subscriptions.closeAll()) {
            return;
        }
        sender.shutdown();
        try {
            sender.awaitTermination(configs.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Flushes what was accepted; its futures complete before close returns.
        producer.close(configs.sendTimeout());
    }

    /**
     * Configures a {@link KafkaTransport}.
     *
     * @since 0.1.0
     */
    public static final class Builder implements EventTransport.Builder {

        private final String bootstrap;
        private String clientId = "contractgen";
        private TlsConfig tls;
        private boolean plaintext;
        private String saslMechanism = "PLAIN";
        private String username;
        private String password;
        private boolean allowCredentialsWithoutTls;
        private Duration sendTimeout = Duration.ofSeconds(30);
        private final java.util.Map<String, Object> properties = new java.util.HashMap<>();

        private Builder(String bootstrap) {
            this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrapServers");
            if (bootstrap.isBlank()) {
                throw new IllegalArgumentException("bootstrapServers is empty");
            }
        }

        /** TLS from {@code tls}: security protocol {@code SSL} (or {@code SASL_SSL} with credentials). */
        @Override
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            this.plaintext = false;
            return this;
        }

        /**
         * No TLS: security protocol {@code PLAINTEXT} (or {@code SASL_PLAINTEXT} with credentials, which only
         * loopback brokers get unless {@link #allowCredentialsWithoutTls()} is called). Only for a broker without TLS.
         */
        @Override
        public Builder plaintext() {
            this.tls = null;
            this.plaintext = true;
            return this;
        }

        /**
         * SASL with the {@link #saslMechanism} (default {@code PLAIN}). Without TLS, {@link #build()} refuses
         * a login to bootstrap servers that are not all loopback unless {@link #allowCredentialsWithoutTls()}
         * is called.
         */
        @Override
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Lets a SASL login (PLAIN and SCRAM alike: see {@link io.github.contractgen.runtime.auth.BrokerLogins})
         * go without TLS to bootstrap servers that are not loopback, for a network trusted end to end.
         */
        @Override
        public Builder allowCredentialsWithoutTls() {
            this.allowCredentialsWithoutTls = true;
            return this;
        }

        /** {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}. */
        public Builder saslMechanism(String mechanism) {
            if (!List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512").contains(mechanism)) {
                throw new IllegalArgumentException("unsupported SASL mechanism: " + mechanism
                        + " (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)");
            }
            this.saslMechanism = mechanism;
            return this;
        }

        /** The prefix of the Kafka client ids (for broker logs and quotas). */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /** The longest a send may take, unreachable broker included; default 30 s. */
        public Builder sendTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.toMillis() < 100) {
                throw new IllegalArgumentException("sendTimeout must be at least 100 ms, was " + timeout);
            }
            this.sendTimeout = timeout;
            return this;
        }

        /** Any other producer and consumer property, applied last (e.g. {@code compression.type}). */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * A transport with these settings, checked before any connection is made.
         *
         * @throws IllegalStateException when neither TLS nor plaintext was chosen, or when a SASL login would go
         *     without TLS to a bootstrap server that is not loopback (naming it) and
         *     {@link #allowCredentialsWithoutTls()} was not called
         */
        @Override
        public KafkaTransport build() {
            if (tls == null && !plaintext) {
                throw new IllegalStateException("tls: not chosen; call tls(...), or plaintext() for a broker"
                        + " without TLS (credentials would travel in clear)");
            }
            KafkaConfigs configs = new KafkaConfigs(bootstrap, clientId, tls, saslMechanism, username, password,
                    sendTimeout, properties);
            if (!allowCredentialsWithoutTls) {
                configs.requireLoopbackForLoginWithoutTls();
            }
            return new KafkaTransport(configs);
        }
    }
}
