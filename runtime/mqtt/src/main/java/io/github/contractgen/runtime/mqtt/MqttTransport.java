package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.auth.BrokerLogins;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.MessageHandler;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.RequestSpec;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionRegistry;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event transport over MQTT 5 (or 3.1.1, see {@link Builder#protocolVersion}) with the HiveMQ
 * client: a message's address is its topic, the {@code qos} (default 1) and {@code retain} bindings
 * set the publish's.
 *
 * <p>With MQTT 5, headers travel as user properties (so a W3C {@code traceparent} continues the trace
 * on the consumer), the content type as the Content Type property, and the {@value #CORRELATION_ID}
 * and {@value #RESPONSE_TOPIC} bindings as Correlation Data (UTF-8) and Response Topic; a received
 * message has those two as bindings again. The key is never sent: MQTT has none. With MQTT 3.1.1 only
 * the topic, payload, QoS and retain travel ({@link MqttProtocolVersion#MQTT_3_1_1} says what is lost).
 *
 * <p>Address parameters become {@code +} wildcards. Each subscription has its own connection. A
 * subscription with a group is a shared subscription {@code $share/<group>/<filter>} (with MQTT 3.1.1
 * too, as HiveMQ, Mosquitto and EMQX accept it), so that the subscriptions of one group, here or in
 * other processes, compete for its messages; a group containing {@code /}, {@code +} or {@code #} is
 * refused. Each member keeps a persistent session (see {@link MqttGroups} for its client id) that expires
 * {@link Builder#sessionExpiry} after its connection ended (MQTT 5; default 1 hour), so that a message
 * left unacknowledged (its handler still failing when the subscription closed) is delivered again when
 * the member subscribes again within that time, or, if the broker hands a departed member's messages on
 * (HiveMQ does), to another member at once. Without a group, and with a
 * {@linkplain SubscriptionSpec#transientGroup() transient group} (the replies an
 * {@link io.github.contractgen.runtime.events.EventClient} waits for), the session is clean and ends
 * with the connection. A QoS 1 message is acknowledged only after the handler
 * returned or the message was dead-lettered; a handler still running when the close grace of
 * {@link io.github.contractgen.runtime.events.Subscription#close()} ends leaves it unacknowledged, for the
 * group member's session as above (without a group it ends with the clean session).
 *
 * <p>Outages: {@link Builder#build()} connects and fails with a {@link TransportException} when the
 * broker cannot be reached or refuses the credentials ("authentication failed"). A connection lost
 * later is logged at WARNING on this class's logger and re-established automatically (pauses growing
 * to {@link MqttConnector#MAX_RECONNECT}), subscriptions included even when the broker forgot the
 * session; its reconnection is logged at INFO. Meanwhile a send fails at once on its future; a send
 * under way when the connection drops fails after the timeout (and may still be delivered once the
 * client reconnects: at least once). Thread-safe.
 *
 * @since 0.1.0
 */
public final class MqttTransport implements EventTransport {

    /** The binding that sets (and, received, holds) the QoS: 0, 1 or 2. */
    public static final String QOS = "qos";
    /** The binding that sets (and, received, holds) the retain flag: true or false. */
    public static final String RETAIN = "retain";
    /**
     * The binding whose value travels as MQTT 5 Correlation Data (UTF-8): the neutral binding in which
     * {@link io.github.contractgen.runtime.events.EventClient#request} and {@code reply} carry the
     * correlation id, so that MQTT 5 peers outside contractgen correlate by the protocol's own field.
     */
    public static final String CORRELATION_ID = RequestSpec.CORRELATION_ID_BINDING;
    /** The binding whose value travels as the MQTT 5 Response Topic: the neutral binding of a request's reply address. */
    public static final String RESPONSE_TOPIC = RequestSpec.REPLY_ADDRESS_BINDING;

    /** How long a group member's MQTT 5 session outlives its connection unless {@link Builder#sessionExpiry} says otherwise. */
    public static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofHours(1);
    private static final long MAX_SESSION_EXPIRY_SECONDS = 0xFFFF_FFFFL;

    private final MqttConnector connector;
    private final String clientId;
    private final MqttConnection publisher;
    private final SubscriptionRegistry<MqttSubscription> subscriptions = new SubscriptionRegistry<>("MQTT transport");
    private final AtomicInteger counter = new AtomicInteger();

    private MqttTransport(MqttConnector connector, String clientId) {
        this.connector = connector;
        this.clientId = clientId;
        this.publisher = connector.connect(clientId + "-pub", false, "publisher " + clientId + "-pub", null, null);
    }

    /** A builder for a transport to the broker at {@code host:port}. */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (subscriptions.isClosed()) {
            return CompletableFuture.failedFuture(failure(message.address(), "the transport is closed", null));
        }
        if (!publisher.isConnected()) {
            return CompletableFuture.failedFuture(failure(message.address(), "not connected to the broker (reconnecting)", null));
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        Duration timeout = connector.timeout;
        publisher.publish(message).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ignored, error) -> {
            if (error == null) {
                result.complete(null);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            String reason = cause instanceof TimeoutException ? "no acknowledgement within " + timeout : cause.getMessage();
            result.completeExceptionally(failure(message.address(), reason, cause));
        });
        return result;
    }

    private static TransportException failure(String topic, String reason, Throwable cause) {
        return new TransportException("publishing to MQTT topic '" + topic + "' failed: " + reason, cause);
    }

    @Override
    public Subscription subscribe(SubscriptionSpec spec, MessageHandler handler) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(handler, "handler");
        String filter = MqttGroups.filter(spec); // refuses a group that cannot be a share name, before connecting
        return subscriptions.add(spec.addressPattern(), open -> {
            if (spec.group() == null) {
                String id = clientId + "-s" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
                return new MqttSubscription(spec, filter, handler, connector, id, 0, false);
            }
            int member = MqttGroups.freeMember(open, spec);
            return new MqttSubscription(spec, filter, handler, connector, MqttGroups.sessionId(clientId, spec, member),
                    member, !spec.transientGroup());
        });
    }

    @Override
    public void close() {
        if (subscriptions.closeAll()) {
            MqttSubscription.disconnect(publisher, connector.timeout);
        }
    }

    /**
     * Configures an {@link MqttTransport}.
     *
     * @since 0.1.0
     */
    public static final class Builder implements EventTransport.Builder {

        private final String host;
        private final int port;
        private TlsConfig tls;
        private boolean plaintext;
        private String username;
        private byte[] password;
        private boolean allowCredentialsWithoutTls;
        private String clientId = "contractgen-" + UUID.randomUUID().toString().substring(0, 8);
        private Duration timeout = Duration.ofSeconds(30);
        private MqttProtocolVersion version = MqttProtocolVersion.MQTT_5;
        private Duration sessionExpiry = DEFAULT_SESSION_EXPIRY;

        private Builder(String host, int port) {
            this.host = Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be within 1..65535, was " + port);
            }
            this.port = port;
        }

        /** MQTT over TLS with {@code tls}'s identity and trust; the host name is verified. */
        @Override
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            this.plaintext = false;
            return this;
        }

        /**
         * No TLS: MQTT over plain TCP; credentials travel in clear, so only to a loopback broker unless
         * {@link #allowCredentialsWithoutTls()} is called. Only for a broker without TLS.
         */
        @Override
        public Builder plaintext() {
            this.tls = null;
            this.plaintext = true;
            return this;
        }

        /**
         * User name and password of the CONNECT packet. Without TLS, {@link #build()} refuses them for a broker
         * that is not loopback unless {@link #allowCredentialsWithoutTls()} is called.
         */
        @Override
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password").getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Lets the {@link #credentials} go without TLS to a broker that is not loopback, for a network trusted
         * end to end (see {@link io.github.contractgen.runtime.auth.BrokerLogins}).
         */
        @Override
        public Builder allowCredentialsWithoutTls() {
            this.allowCredentialsWithoutTls = true;
            return this;
        }

        /**
         * The prefix of client identifiers; set it to a stable name, one per instance of the service, so
         * that a restarted instance resumes its groups' persistent sessions (two instances with one name
         * would take each other's sessions over). The default is random, a new one per transport: its
         * group sessions are never resumed and stay on the broker until {@link #sessionExpiry} ends them.
         */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /** The longest wait for a connection, subscription or publish acknowledgement; default 30 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The protocol version; {@link MqttProtocolVersion#MQTT_5} unless the broker speaks only 3.1.1,
         * which loses headers, content type and correlation data.
         */
        public Builder protocolVersion(MqttProtocolVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * How long the broker keeps a group member's MQTT 5 session after its connection ended; default
         * {@link #DEFAULT_SESSION_EXPIRY 1 hour}, whole seconds, at most {@code 0xFFFFFFFF} s (which MQTT 5
         * takes as never). A member offline for longer loses its session and the messages queued in it;
         * a shorter expiry bounds what a client id that never comes back (e.g. the random default one)
         * leaves on the broker. MQTT 3.1.1 cannot send it: see {@link MqttProtocolVersion#MQTT_3_1_1}.
         */
        public Builder sessionExpiry(Duration sessionExpiry) {
            Objects.requireNonNull(sessionExpiry, "sessionExpiry");
            if (sessionExpiry.getSeconds() < 1 || sessionExpiry.getSeconds() > MAX_SESSION_EXPIRY_SECONDS) {
                throw new IllegalArgumentException("sessionExpiry must be within 1 s.." + MAX_SESSION_EXPIRY_SECONDS
                        + " s, was " + sessionExpiry);
            }
            this.sessionExpiry = sessionExpiry;
            return this;
        }

        /**
         * Connects the publishing client; fails with a {@link TransportException} saying why.
         *
         * @throws IllegalStateException before connecting, when neither TLS nor plaintext was chosen, or when
         *     credentials would go without TLS to a broker that is not loopback (naming it) and
         *     {@link #allowCredentialsWithoutTls()} was not called
         */
        @Override
        public MqttTransport build() {
            if (tls == null && !plaintext) {
                throw new IllegalStateException("tls: not chosen; call tls(...), or plaintext() for a broker"
                        + " without TLS (credentials would travel in clear)");
            }
            if (tls == null && username != null && !allowCredentialsWithoutTls) {
                BrokerLogins.requireLoopback("MQTT transport", "a user name and password", List.of(host));
            }
            return new MqttTransport(new MqttConnector(host, port, tls, username, password, version, timeout,
                    sessionExpiry.getSeconds()), clientId);
        }
    }
}
