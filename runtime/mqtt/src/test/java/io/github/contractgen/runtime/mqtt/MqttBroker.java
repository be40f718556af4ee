package io.github.contractgen.runtime.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/** An embedded Moquette broker (MQTT 3.1.1) on 127.0.0.1, optionally with a TLS port that requires client certificates. */
final class MqttBroker implements AutoCloseable {

    private final Server server = new Server();
    final int port;
    final int tlsPort;

    private MqttBroker(Path dataDirectory, SSLContext tls) throws IOException {
        this.port = freePort();
        this.tlsPort = tls == null ? -1 : freePort();
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("websocket_port", "disabled");
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("persistence_enabled", "false");
        properties.setProperty("data_path", dataDirectory.toString());
        properties.setProperty("telemetry_enabled", "false");
        if (tls != null) {
            properties.setProperty("ssl_port", Integer.toString(tlsPort));
        }
        server.startServer(new MemoryConfig(properties), List.of(),
                tls == null ? null : () -> new JdkSslContext(tls, false, ClientAuth.REQUIRE), null, null);
    }

    static MqttBroker start(Path dataDirectory) throws IOException {
        return new MqttBroker(dataDirectory, null);
    }

    /** A broker whose TLS port presents {@code serverContext}'s certificate and requires a client certificate. */
    static MqttBroker startWithTls(Path dataDirectory, SSLContext serverContext) throws IOException {
        return new MqttBroker(dataDirectory, serverContext);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
