package io.github.contractgen.runtime.mqtt;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import com.hivemq.extension.sdk.api.services.session.SessionInformation;
import io.github.contractgen.runtime.events.Awaits;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An embedded HiveMQ CE broker (MQTT 3.1.1 and 5) on 127.0.0.1: a plain port, optionally TLS ports
 * that require client certificates, optionally user names and passwords. Its ports are fixed when it
 * is made, so that {@link #stop()} and {@link #start()} bring it back where clients reconnect to.
 * Sessions are kept in memory: a restart forgets them, as a broker without persistence does. (A
 * restart is a new embedded instance: HiveMQ 2025.5 cannot start an in-memory instance twice.)
 */
final class MqttBroker implements AutoCloseable {

    private static final long LIMIT_SECONDS = 120;

    private final java.util.function.Supplier<EmbeddedHiveMQ> factory;
    private EmbeddedHiveMQ hivemq;
    final int port;
    private final Map<String, Integer> tlsPorts;
    /** The CONNECT packets the broker took, by client id (the latest of each): what a client asked the broker to keep. */
    final Map<String, Connect> connects = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a CONNECT asked for: a clean start (3.1.1: clean session) and the session expiry in seconds. */
    record Connect(boolean cleanStart, long sessionExpiry) {}

    private final java.util.concurrent.atomic.AtomicReference<ClientService> clients =
            new java.util.concurrent.atomic.AtomicReference<>();

    private MqttBroker(Path directory, Map<String, Path> tlsKeyStores, Path trustStore, Map<String, String> users)
            throws IOException {
        this.port = freePort();
        java.util.TreeMap<String, Integer> ports = new java.util.TreeMap<>();
        for (String name : tlsKeyStores.keySet()) {
            ports.put(name, freePort());
        }
        this.tlsPorts = ports;
        Path conf = Files.createDirectories(directory.resolve("conf"));
        Files.writeString(conf.resolve("config.xml"), config(tlsKeyStores, trustStore));
        Path dataFolder = Files.createDirectories(directory.resolve("data"));
        Path extensions = Files.createDirectories(directory.resolve("extensions"));
        this.factory = () -> EmbeddedHiveMQ.builder().withConfigurationFolder(conf).withDataFolder(dataFolder)
                .withExtensionsFolder(extensions).withEmbeddedExtension(extension(users, connects, clients))
                .withoutLoggingBootstrap().build();
        start();
    }

    /** A broker that lets every client in. */
    static MqttBroker start(Path directory) throws IOException {
        return new MqttBroker(directory, Map.of(), null, Map.of());
    }

    /** A broker that lets in only {@code users} (name to password). */
    static MqttBroker startWithUsers(Path directory, Map<String, String> users) throws IOException {
        return new MqttBroker(directory, Map.of(), null, users);
    }

    /**
     * A broker with a TLS port per entry of {@code keyStores} (name to PKCS#12 key store holding the
     * server identity, password {@code io.github.contractgen.testsupport.TestCertificates#PASSWORD}),
     * each requiring a client certificate issued by a CA in {@code trustStore}.
     */
    static MqttBroker startWithTls(Path directory, Map<String, Path> keyStores, Path trustStore) throws IOException {
        return new MqttBroker(directory, keyStores, trustStore, Map.of());
    }

    int tlsPort(String name) {
        return tlsPorts.get(name);
    }

    /** Starts (again), on the same ports. */
    synchronized void start() {
        if (hivemq == null) {
            hivemq = factory.get();
            await(hivemq.start(), "start");
        }
    }

    /** Stops the broker: every connection drops, every port closes. */
    synchronized void stop() throws Exception {
        if (hivemq != null) {
            EmbeddedHiveMQ running = hivemq;
            hivemq = null;
            running.close();
        }
    }

    private static void await(java.util.concurrent.CompletableFuture<Void> step, String what) {
        try {
            step.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("embedded HiveMQ did not " + what, e);
        }
    }

    private String config(Map<String, Path> keyStores, Path trustStore) {
        StringBuilder listeners = new StringBuilder(listener("tcp-listener", port, ""));
        keyStores.forEach((name, keyStore) -> listeners.append(listener("tls-tcp-listener", tlsPorts.get(name),
                "<tls><keystore><path>" + keyStore + "</path><password>" + TlsFiles.PASSWORD + "</password>"
                        + "<private-key-password>" + TlsFiles.PASSWORD + "</private-key-password></keystore>"
                        + "<truststore><path>" + trustStore + "</path><password>" + TlsFiles.PASSWORD
                        + "</password></truststore><client-authentication-mode>REQUIRED</client-authentication-mode></tls>")));
        return "<hivemq><listeners>" + listeners + "</listeners>"
                + "<persistence><mode>in-memory</mode></persistence>"
                + "<anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics></hivemq>";
    }

    private static String listener(String kind, int port, String tls) {
        return "<" + kind + "><port>" + port + "</port><bind-address>127.0.0.1</bind-address>" + tls + "</" + kind + ">";
    }

    /**
     * HiveMQ lets nobody in without an authenticator: this one checks {@code users}, or allows all when
     * empty. Every CONNECT is also recorded in {@code connects}.
     */
    private static EmbeddedExtension extension(Map<String, String> users, Map<String, Connect> connects,
            java.util.concurrent.atomic.AtomicReference<ClientService> clients) {
        SimpleAuthenticator authenticator = (input, output) -> {
            if (users.isEmpty()) {
                output.authenticateSuccessfully();
                return;
            }
            Optional<String> user = input.getConnectPacket().getUserName();
            String password = input.getConnectPacket().getPassword().map(MqttBroker::text).orElse(null);
            if (user.isPresent() && password != null && password.equals(users.get(user.get()))) {
                output.authenticateSuccessfully();
            } else {
                output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad user name or password");
            }
        };
        ExtensionMain main = new ExtensionMain() {
            @Override
            public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
                Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
                clients.set(Services.clientService());
                Services.interceptorRegistry().setConnectInboundInterceptorProvider(providerInput -> (connect, ignored) ->
                        connects.put(connect.getConnectPacket().getClientId(), new Connect(
                                connect.getConnectPacket().getCleanStart(), connect.getConnectPacket().getSessionExpiryInterval())));
            }

            @Override
            public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {}
        };
        return EmbeddedExtension.builder().withId("contractgen-test-auth").withName("test authentication")
                .withVersion("1").withAuthor("contractgen").withPriority(0).withStartPriority(1000)
                .withExtensionMain(main).build();
    }

    private static String text(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
    }

    /**
     * The session the broker keeps for {@code clientId}, asked once the broker no longer counts the
     * client as connected (a DISCONNECT is processed after the client saw it sent); empty when it kept none.
     */
    Optional<SessionInformation> sessionAfterDisconnect(String clientId) throws Exception {
        ClientService service = clients.get();
        Awaits.until(() -> !service.isClientConnected(clientId).join(),
                "the broker to see '" + clientId + "' disconnected");
        return service.getSession(clientId).get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
