package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.TlsConfig;
import java.util.concurrent.CompletableFuture;

/**
 * Moves messages between producers and consumers: the SPI that the in-memory, Kafka and MQTT transports
 * implement and that generated producers and consumers call through {@link EventClient}.
 *
 * <p>Delivery is at least once. A transport acknowledges (commits) a received message only after the
 * {@link Delivery} it runs the message through says it is done: the handler returned, or the message
 * went to the dead-letter callback. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface EventTransport extends AutoCloseable {

    /**
     * Sends one message. Never blocks on the broker: the future completes when the broker has taken
     * the message, or exceptionally (with a {@link io.github.contractgen.runtime.TransportException})
     * when it could not within the transport's send timeout.
     */
    CompletableFuture<Void> send(OutgoingMessage message);

    /**
     * Starts delivering the messages whose address matches {@code spec}'s pattern to {@code handler},
     * on the transport's own threads, until the returned subscription is closed.
     */
    Subscription subscribe(SubscriptionSpec spec, MessageHandler handler);

    /**
     * Closes every subscription (draining in-flight messages, waiting for a running handler at most its
     * {@linkplain DeliveryPolicy#closeGrace() close grace}), then the connections.
     */
    @Override
    void close();

    /**
     * Configures and makes a transport; what a generated service builder accepts, so that it can add
     * the TLS settings and credentials it was given before the transport connects.
     *
     * @since 0.1.0
     */
    interface Builder {

        /** TLS for the broker connection; a transport without TLS support refuses it. */
        Builder tls(TlsConfig tls);

        /**
         * No TLS, chosen explicitly: for a broker that has none (local development, tests). Credentials
         * then travel in clear. A network transport refuses to build until {@link #tls} or this is called,
         * so that plaintext is never the silent default.
         */
        Builder plaintext();

        /** User name and password (SASL for Kafka, CONNECT credentials for MQTT). */
        Builder credentials(String username, String password);

        /**
         * Lets {@link #credentials} go without TLS to a broker that is not loopback, for a network trusted
         * end to end. Without it, a network transport's {@link #build()} refuses such a login, naming the
         * broker (see {@link io.github.contractgen.runtime.auth.BrokerLogins}); to {@code 127.0.0.1},
         * {@code ::1} or {@code localhost} a login without TLS is always allowed. A transport that never
         * leaves the JVM has nothing to allow and ignores it.
         *
         * @since 0.3.0
         */
        default Builder allowCredentialsWithoutTls() {
            return this;
        }

        EventTransport build();
    }
}
