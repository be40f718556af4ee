package io.github.contractgen.runtime.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsFailures;
import io.github.contractgen.runtime.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes connected HiveMQ clients from an {@link MqttTransport.Builder}'s settings: protocol version,
 * TLS, credentials, automatic reconnect (with resubscribe) and the log lines that report an outage.
 */
final class MqttConnector {

    private static final Logger LOG = Logger.getLogger(MqttTransport.class.getName());
    private static final Duration FIRST_RECONNECT = Duration.ofMillis(500);
    /** The longest pause between reconnect attempts (HiveMQ's own default, 2 minutes, is long for an outage). */
    static final Duration MAX_RECONNECT = Duration.ofSeconds(10);

    private final String host;
    private final int port;
    private final TlsConfig tls;
    private final String username;
    private final byte[] password;
    private final MqttProtocolVersion version;
    private final long sessionExpirySeconds;
    final Duration timeout;

    MqttConnector(String host, int port, TlsConfig tls, String username, byte[] password, MqttProtocolVersion version,
            Duration timeout, long sessionExpirySeconds) {
        this.sessionExpirySeconds = sessionExpirySeconds;
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.username = username;
        this.password = password;
        this.version = version;
        this.timeout = timeout;
    }

    MqttProtocolVersion version() {
        return version;
    }

    /**
     * A client connected as {@code id}, with a session that outlives the connection when {@code persistent}
     * (by the configured session expiry with MQTT 5; as long as the broker keeps it with 3.1.1), else a
     * clean session that ends with the connection;
     * {@code role} names it in log lines. {@code receiver}, when not null, gets every message the
     * connection receives, on {@code executor}, to acknowledge by hand. Fails with a
     * {@link TransportException} saying why.
     */
    MqttConnection connect(String id, boolean persistent, String role, Consumer<MqttConnection.Received> receiver,
            Executor executor) {
        MqttClientBuilder builder = clientBuilder(id, role);
        CompletableFuture<?> connected;
        MqttConnection connection;
        if (version == MqttProtocolVersion.MQTT_5) {
            Mqtt5ClientBuilder mqtt5 = builder.useMqttVersion5();
            if (username != null) {
                mqtt5 = mqtt5.simpleAuth().username(username).password(password).applySimpleAuth();
            }
            Mqtt5AsyncClient client = mqtt5.buildAsync();
            connection = new Mqtt5Connection(client, receiver, executor);
            connected = client.connectWith().cleanStart(!persistent)
                    .sessionExpiryInterval(persistent ? sessionExpirySeconds : 0).send();
        } else {
            Mqtt3ClientBuilder mqtt3 = builder.useMqttVersion3();
            if (username != null) {
                mqtt3 = mqtt3.simpleAuth().username(username).password(password).applySimpleAuth();
            }
            Mqtt3AsyncClient client = mqtt3.buildAsync();
            connection = new Mqtt3Connection(client, receiver, executor);
            connected = client.connectWith().cleanSession(!persistent).send();
        }
        return await(connected, connection);
    }

    /** Identity, server, TLS, automatic reconnect and the listeners that log an outage: common to both versions. */
    private MqttClientBuilder clientBuilder(String id, String role) {
        AtomicBoolean connectedOnce = new AtomicBoolean();
        MqttClientBuilder builder = MqttClient.builder().identifier(id).serverHost(host).serverPort(port)
                .automaticReconnect().initialDelay(FIRST_RECONNECT.toMillis(), TimeUnit.MILLISECONDS)
                .maxDelay(MAX_RECONNECT.toMillis(), TimeUnit.MILLISECONDS).applyAutomaticReconnect()
                .addConnectedListener(context -> {
                    if (!connectedOnce.compareAndSet(false, true)) {
                        LOG.info(() -> "MQTT " + role + " reconnected to " + host + ":" + port);
                    }
                })
                .addDisconnectedListener(context -> disconnected(context, connectedOnce.get(), role));
        return tls == null ? builder : builder.sslConfig(TlsManagers.sslConfig(tls));
    }

    /**
     * Reconnects after a lost connection, but lets a first connect that fails fail now, with its cause,
     * instead of retrying until the timeout. A lost connection is reported once, at WARNING.
     */
    private void disconnected(MqttClientDisconnectedContext context, boolean connectedBefore, String role) {
        if (!connectedBefore) {
            context.getReconnector().reconnect(false);
            return;
        }
        if (context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        // The subscriptions come back even when the broker forgot the session (e.g. it restarted).
        context.getReconnector().resubscribeIfSessionExpired(true);
        if (context.getReconnector().getAttempts() == 0) {
            LOG.log(Level.WARNING, "MQTT " + role + " lost its connection to " + host + ":" + port + " ("
                    + context.getCause() + "); reconnecting automatically, at most every " + MAX_RECONNECT.toSeconds() + " s");
        }
    }

    private MqttConnection await(CompletableFuture<?> connected, MqttConnection connection) {
        try {
            connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return connection;
        } catch (ExecutionException | TimeoutException e) {
            // Stops the automatic reconnect of a client nobody will use.
            connection.disconnect();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            String context = "cannot connect to MQTT broker " + host + ":" + port;
            TransportException named = tls == null ? null
                    : TlsFailures.classify(context, cause, host, tls.hasClientCertificate());
            throw named != null ? named : new TransportException(context + ": " + reason(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.disconnect();
            throw new TransportException("interrupted while connecting to MQTT broker " + host + ":" + port, e);
        }
    }

    /** Why a connect failed, naming a refused login as such (the user name, never the password). */
    private String reason(Throwable cause) {
        if (cause instanceof Mqtt5ConnAckException) {
            Mqtt5ConnAckReasonCode code = ((Mqtt5ConnAckException) cause).getMqttMessage().getReasonCode();
            boolean login = code == Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD || code == Mqtt5ConnAckReasonCode.NOT_AUTHORIZED;
            return login ? authenticationFailed(code.name()) : "the broker refused the connection (" + code + ")";
        }
        if (cause instanceof Mqtt3ConnAckException) {
            Mqtt3ConnAckReturnCode code = ((Mqtt3ConnAckException) cause).getMqttMessage().getReturnCode();
            boolean login = code == Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD || code == Mqtt3ConnAckReturnCode.NOT_AUTHORIZED;
            return login ? authenticationFailed(code.name()) : "the broker refused the connection (" + code + ")";
        }
        return String.valueOf(cause);
    }

    private String authenticationFailed(String code) {
        return "authentication failed: the broker refused " + (username == null ? "a client without credentials"
                : "the password of user '" + username + "'") + " (" + code + ")";
    }
}
