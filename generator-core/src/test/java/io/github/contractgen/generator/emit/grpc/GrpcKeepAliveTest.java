package io.github.contractgen.generator.emit.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.InMemoryCompiler.Compilation;
import io.github.contractgen.runtime.config.ConfigException;
import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keep-alive from the generated {@code OrdersClient.Builder} and from {@code OrdersConfig}: a real Netty
 * server on 127.0.0.1 behind a proxy that sees the HTTP/2 frames, and an upload left open and silent, so
 * that only a keep-alive ping can cross the connection. Without keep-alive gRPC sends none, so the
 * proxy seeing one proves the setting reached the channel.
 */
class GrpcKeepAliveTest {

    @TempDir
    static Path work;

    static Compilation compiled;
    static Server server;

    @BeforeAll
    static void compileAndServe() throws Exception {
        ProtoFixture fixture = ProtoFixture.of(work.resolve("protoc"), List.of("features/proto3_features.proto"));
        Map<String, String> sources = new TreeMap<>(fixture.protocSources());
        sources.putAll(InMemoryCompiler.sources(fixture.generated()));
        sources.put("demo/OrdersService.java", resource("OrdersService.java"));
        sources.put("demo/KeepAliveScenario.java", resource("KeepAliveScenario.java"));
        compiled = InMemoryCompiler.compileSources(sources).requireSuccess();
        BindableService service = (BindableService) compiled.load("demo.OrdersService").getDeclaredConstructor().newInstance();
        // The server's default refuses pings more often than every five minutes; these tests ping sooner.
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), InsecureServerCredentials.create())
                .permitKeepAliveTime(1, TimeUnit.SECONDS).addService(service).build().start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void keepAliveFromTheBuilderAndFromTheConfigPingsASilentConnection() throws Exception {
        try (PingCountingProxy fromBuilder = new PingCountingProxy(server.getPort());
                PingCountingProxy fromConfig = new PingCountingProxy(server.getPort())) {
            Supplier<String> builderUpload = scenario().apply(new Object[] {fromBuilder.target(), null});
            Supplier<String> configUpload = scenario().apply(new Object[] {fromConfig.target(), Map.of(
                    "FEATURES_ORDERS_TARGET", fromConfig.target(), "FEATURES_ORDERS_PLAINTEXT", "true",
                    "FEATURES_ORDERS_KEEP_ALIVE_TIME", "PT10S")});

            // gRPC pings after ten seconds without reads at the soonest; a loaded machine may take longer.
            assertThat(fromBuilder.awaitKeepAlivePing(120)).as("a keep-alive ping from the builder's setting").isTrue();
            assertThat(fromConfig.awaitKeepAlivePing(120)).as("a keep-alive ping from the config's setting").isTrue();
            assertThat(builderUpload.get()).isEqualTo("1 line");
            assertThat(configUpload.get()).isEqualTo("1 line");
        }
    }

    @Test
    void aKeepAliveTimeoutWithoutATimeFailsBuildNamingTheMissingKey() throws Exception {
        assertThatThrownBy(() -> scenario().apply(new Object[] {"127.0.0.1:1", Map.of("FEATURES_ORDERS_TARGET",
                "127.0.0.1:1", "FEATURES_ORDERS_PLAINTEXT", "true", "FEATURES_ORDERS_KEEP_ALIVE_TIMEOUT", "PT5S")}))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("features.orders.keepAlive.time is not set: keep-alive pings need it as well as"
                        + " features.orders.keepAlive.timeout; set system property features.orders.keepAlive.time,"
                        + " environment variable FEATURES_ORDERS_KEEP_ALIVE_TIME");
        assertThatThrownBy(() -> scenario().apply(new Object[] {"127.0.0.1:1", Map.of("FEATURES_ORDERS_TARGET",
                "127.0.0.1:1", "FEATURES_ORDERS_KEEP_ALIVE_TIME", "10 seconds")}))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("features.orders.keepAlive.time is '10 seconds'").hasMessageContaining("ISO-8601");
    }

    @SuppressWarnings("unchecked")
    private static Function<Object[], Supplier<String>> scenario() throws ReflectiveOperationException {
        return (Function<Object[], Supplier<String>>) compiled.load("demo.KeepAliveScenario").getDeclaredConstructor()
                .newInstance();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GrpcKeepAliveTest.class.getResourceAsStream("/grpc-functional/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
