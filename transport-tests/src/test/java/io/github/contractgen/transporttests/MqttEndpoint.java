package io.github.contractgen.transporttests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.mqtt.MqttProtocolVersion;
import io.github.contractgen.runtime.mqtt.MqttTransport;
import io.github.contractgen.testsupport.SwitchableServerTls;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link MqttTransport} (HiveMQ client) against an embedded Moquette broker whose TLS port requires a client certificate. */
final class MqttEndpoint implements Endpoint {

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    private final SwitchableServerTls serverTls;
    private final Server broker = new Server();
    private final int tlsPort;

    MqttEndpoint(TestCertificates pki, Path dataDirectory) throws IOException {
        serverTls = SwitchableServerTls.of(pki, ServerIdentity.GOOD);
        tlsPort = freePort();
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(freePort()));
        properties.setProperty("ssl_port", Integer.toString(tlsPort));
        properties.setProperty("websocket_port", "disabled");
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("data_path", dataDirectory.toString());
        properties.setProperty("telemetry_enabled", "false");
        broker.startServer(new MemoryConfig(properties), List.of(),
                () -> new JdkSslContext(serverTls.sslContext(), false, ClientAuth.REQUIRE), null, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public SwitchableServerTls serverTls() {
        return serverTls;
    }

    /**
     * Building the transport connects its publisher; a round trip subscribes with a new connection,
     * publishes and waits for the message: after a rotation the new connection uses the new certificates.
     */
    @Override
    public Client client(TlsConfig tls) {
        // Moquette's TLS port can switch its server identity between cases, but it speaks MQTT 3.1.1
        // only (its MQTT 5 CONNACK is refused by the HiveMQ client). TLS sits below the MQTT version;
        // MQTT 5 over TLS is covered by runtime-mqtt's MqttTlsTest on embedded HiveMQ CE.
        MqttTransport transport = MqttTransport.builder("127.0.0.1", tlsPort).tls(tls).timeout(PATIENCE)
                .protocolVersion(MqttProtocolVersion.MQTT_3_1_1).build();
        return new Client() {
            @Override
            public void roundTrip() throws Exception {
                String topic = "matrix/" + MESSAGES.incrementAndGet();
                LinkedBlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
                try (Subscription ignored = transport.subscribe(SubscriptionSpec.of(topic, null), received::add)) {
                    transport.send(OutgoingMessage.of(topic, "ping".getBytes(UTF_8), null))
                            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    IncomingMessage message = received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    assertThat(message).as("the message on " + topic).isNotNull();
                    assertThat(new String(message.payload(), UTF_8)).isEqualTo("ping");
                }
            }

            @Override
            public void close() {
                transport.close();
            }
        };
    }

    @Override
    public void close() {
        broker.stopServer();
    }

    @Override
    public String toString() {
        return "MQTT";
    }
}
