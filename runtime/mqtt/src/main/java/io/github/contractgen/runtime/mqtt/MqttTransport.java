package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsFailures;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.MessageHandler;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An event transport over MQTT 3.1.1 with the HiveMQ client: a message's address is its topic, the
 * {@code qos} (default 1) and {@code retain} bindings set the publish's.
 *
 * <p>MQTT 3.1.1 carries no headers, content type or key: they are not sent, so a trace does not cross
 * an MQTT 3.1.1 hop. Address parameters become {@code +} wildcards. Each subscription has its own
 * connection; with a group it uses a persistent session named {@code <clientId>-<group>}, so that a
 * message left unacknowledged (its handler still failing when the subscription closed) is delivered
 * again when the group subscribes again; without a group the session is clean. A QoS 1 message is
 * acknowledged only after the handler returned or the message was dead-lettered. MQTT 3.1.1 has no
 * consumer groups: two live subscriptions of one group are refused. {@link Builder#build()} connects
 * and fails with a {@link TransportException} when the broker cannot be reached. Thread-safe.
 *
 * @since 0.1.0
 */
public final class MqttTransport implements EventTransport {

    private final Builder settings;
    private final Mqtt3AsyncClient publisher;
    private final List<MqttSubscription> subscriptions = new ArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile boolean closed;

    private MqttTransport(Builder settings, Mqtt3AsyncClient publisher) {
        this.settings = settings;
        this.publisher = publisher;
    }

    /** A builder for a transport to the broker at {@code host:port}. */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    @Override
    public CompletableFuture<Void> send(OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (closed) {
            return CompletableFuture.failedFuture(failure(message.address(), "the transport is closed", null));
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        publisher.publish(MqttMessages.toPublish(message))
                .orTimeout(settings.timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, error) -> {
                    if (error == null) {
                        result.complete(null);
                    } else {
                        Throwable cause = error.getCause() != null && !(error instanceof TimeoutException) ? error.getCause() : error;
                        String reason = cause instanceof TimeoutException ? "no acknowledgement within " + settings.timeout : cause.getMessage();
                        result.completeExceptionally(failure(message.address(), reason, cause));
                    }
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
        synchronized (subscriptions) {
            if (closed) {
                throw new IllegalStateException("MQTT transport is closed; cannot subscribe to '" + spec.addressPattern() + "'");
            }
            subscriptions.removeIf(MqttSubscription::isClosed);
            for (MqttSubscription live : subscriptions) {
                if (spec.group() != null && spec.group().equals(live.group())) {
                    throw new IllegalStateException("MQTT 3.1.1 has no consumer groups: group '" + spec.group()
                            + "' already has a live subscription on this transport");
                }
            }
            boolean persistent = spec.group() != null;
            String id = settings.clientId + "-" + (persistent ? spec.group() : "s" + counter.incrementAndGet()
                    + "-" + UUID.randomUUID().toString().substring(0, 8));
            Mqtt3AsyncClient client = settings.connect(id, !persistent);
            MqttSubscription subscription = new MqttSubscription(spec, handler, client, settings.timeout);
            subscriptions.add(subscription);
            return subscription;
        }
    }

    @Override
    public void close() {
        List<MqttSubscription> open;
        synchronized (subscriptions) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(subscriptions);
        }
        open.forEach(MqttSubscription::close);
        MqttSubscription.disconnect(publisher, settings.timeout);
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
        private String username;
        private byte[] password;
        private String clientId = "contractgen-" + UUID.randomUUID().toString().substring(0, 8);
        private Duration timeout = Duration.ofSeconds(30);

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
            return this;
        }

        /** User name and password of the CONNECT packet. */
        @Override
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password").getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** The prefix of client identifiers; set it to a stable name for persistent group sessions. */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /** The longest wait for a connection, subscription or publish acknowledgement; default 30 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Connects the publishing client; fails with a {@link TransportException} saying why. */
        @Override
        public MqttTransport build() {
            return new MqttTransport(this, connect(clientId + "-pub", true));
        }

        Mqtt3AsyncClient connect(String id, boolean cleanSession) {
            AtomicBoolean connectedOnce = new AtomicBoolean();
            Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(id)
                    .serverHost(host).serverPort(port).automaticReconnectWithDefaultConfig()
                    .addConnectedListener(context -> connectedOnce.set(true))
                    // Reconnect after a lost connection, but let a first connect that fails fail now,
                    // with its cause, instead of retrying until the timeout.
                    .addDisconnectedListener(context -> {
                        if (!connectedOnce.get()) {
                            context.getReconnector().reconnect(false);
                        }
                    });
            if (tls != null) {
                builder = builder.sslConfig(TlsManagers.sslConfig(tls));
            }
            if (username != null) {
                builder = builder.simpleAuth().username(username).password(password).applySimpleAuth();
            }
            Mqtt3AsyncClient client = builder.buildAsync();
            try {
                client.connectWith().cleanSession(cleanSession).send().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return client;
            } catch (ExecutionException | TimeoutException e) {
                // Stops the automatic reconnect of a client nobody will use.
                client.disconnect();
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                String context = "cannot connect to MQTT broker " + host + ":" + port;
                TransportException named = tls == null ? null
                        : TlsFailures.classify(context, cause, host, tls.hasClientCertificate());
                throw named != null ? named : new TransportException(context + ": " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                client.disconnect();
                throw new TransportException("interrupted while connecting to MQTT broker " + host + ":" + port, e);
            }
        }
    }
}
