package io.github.contractgen.generator.emit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.InMemoryCompiler.Compilation;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.faults.FaultSwitch;
import io.github.contractgen.testsupport.faults.Faults.Fault;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code at work: a real Netty server on 127.0.0.1 over TLS serves the test proto through
 * the generated {@code OrdersImplBase}; a scenario compiled with the generated code calls all four kinds
 * through {@code OrdersClient} and {@code OrdersAsyncClient}, and an error with trailers; an observer that
 * throws changes none of them, and a deadline counts from a call's start.
 */
class GrpcFunctionalTest {

    @TempDir
    static Path work;

    static Compilation compiled;
    static Server server;
    static TestCertificates certificates;

    @BeforeAll
    static void compileAndServe() throws Exception {
        ProtoFixture fixture = ProtoFixture.of(work.resolve("protoc"), List.of("features/proto3_features.proto"));
        Map<String, String> sources = new TreeMap<>(fixture.protocSources());
        sources.putAll(InMemoryCompiler.sources(fixture.generated()));
        sources.put("demo/OrdersService.java", resource("OrdersService.java"));
        sources.put("demo/OrdersScenario.java", resource("OrdersScenario.java"));
        sources.put("demo/OrdersConfigScenario.java", resource("OrdersConfigScenario.java"));
        sources.put("demo/DeadlineScenario.java", resource("DeadlineScenario.java"));
        sources.put("demo/DecodeFailureScenario.java", resource("DecodeFailureScenario.java"));
        compiled = InMemoryCompiler.compileSources(sources).requireSuccess();
        certificates = TestCertificates.generate(work.resolve("pki"));
        BindableService service = (BindableService) compiled.load("demo.OrdersService").getDeclaredConstructor().newInstance();
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), tlsCredentials())
                .addService(service).build().start();
    }

    private static ServerCredentials tlsCredentials() throws IOException {
        return TlsServerCredentials.newBuilder()
                .keyManager(certificates.serverCertificate(ServerIdentity.GOOD).toFile(),
                        certificates.serverKey(ServerIdentity.GOOD).toFile())
                .build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyCallKindWorksThroughTheGeneratedClientsOverTls() throws Exception {
        Recorder observer = new Recorder();

        Map<String, Object> results = scenario().apply(new Object[] {target(), trust(), observer});

        assertEveryCallWorked(results);
        assertThat(observer.calls).as("one start per call").hasSize(10);
        assertThat(observer.calls).map(CallInfo::operation).containsExactly(
                "contractgen.test.features.Orders/GetOrder", "contractgen.test.features.Orders/StreamLines",
                "contractgen.test.features.Orders/Upload", "contractgen.test.features.Orders/Chat",
                "contractgen.test.features.Orders/GetOrder", "contractgen.test.features.Orders/StreamLines",
                "contractgen.test.features.Orders/Upload", "contractgen.test.features.Orders/Chat",
                "contractgen.test.features.Orders/GetOrder", "contractgen.test.features.Orders/GetOrder");
        assertThat(observer.calls).map(CallInfo::service).as("gRPC's service is the full proto name, as rpc.service wants")
                .containsOnly("contractgen.test.features.Orders");
        assertThat(observer.ends).as("one end per call").hasSize(10);
        assertThat(observer.ends).map(CallResult::status).containsOnly(0, 5).filteredOn(s -> s == 5).hasSize(2);
    }

    @Timeout(120)
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.contractgen.testsupport.faults.Faults#userCodeErrors")
    void anObserverThatThrowsAnErrorChangesNoCallOfTheGeneratedClients(Fault fault) throws Exception {
        FaultSwitch hooks = FaultSwitch.always(fault);
        Observer throwing = new Observer() {
            @Override
            public Observation start(CallInfo call) {
                return new Observation() {
                    @Override
                    public void inject(BiConsumer<String, String> headers) {
                        hooks.hit();
                    }

                    @Override
                    public void onAttempt(AttemptInfo attempt) {
                        hooks.hit();
                    }

                    @Override
                    public void onEnd(CallResult result) {
                        hooks.hit();
                    }
                };
            }
        };

        assertEveryCallWorked(scenario().apply(new Object[] {target(), trust(), throwing}));
        assertThat(hooks.thrown()).as("inject, onAttempt and onEnd threw in each of the 10 calls").isGreaterThanOrEqualTo(30);
    }

    @Timeout(120)
    @Test
    void withDeadlineCountsFromAPublishersSubscription() throws Exception {
        @SuppressWarnings("unchecked")
        Function<Object[], List<String>> late = (Function<Object[], List<String>>)
                compiled.load("demo.DeadlineScenario").getDeclaredConstructor().newInstance();

        assertThat(late.apply(new Object[] {target(), trust()})).containsExactly("o-1-1", "o-1-2", "o-1-3");
    }

    @Timeout(120)
    @Test
    void aResponseNoMessageParsesFromFailsEveryCallWithTheServicesException() throws Exception {
        Server garbage = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), tlsCredentials())
                .addService(GarbageOrders.service()).build().start();
        try {
            @SuppressWarnings("unchecked")
            Function<Object[], Map<String, String>> scenario = (Function<Object[], Map<String, String>>)
                    compiled.load("demo.DecodeFailureScenario").getDeclaredConstructor().newInstance();

            Map<String, String> failures = scenario.apply(new Object[] {"127.0.0.1:" + garbage.getPort(), trust()});

            assertThat(failures).containsOnlyKeys("blocking", "async", "stream")
                    .allSatisfy((call, failure) -> assertThat(failure).as(call)
                            .isEqualTo("CANCELLED / INTERNAL: Invalid protobuf byte sequence"));
        } finally {
            garbage.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static void assertEveryCallWorked(Map<String, Object> results) {
        assertThat(results).containsEntry("unary", "found")
                .containsEntry("serverStreaming", List.of("o-1-1", "o-1-2", "o-1-3"))
                .containsEntry("clientStreaming", 2)
                .containsEntry("bidi", List.of(20, 40))
                .containsEntry("asyncUnary", "found")
                .containsEntry("asyncServerStreaming", List.of("o-1-1", "o-1-2", "o-1-3"))
                .containsEntry("asyncClientStreaming", 3)
                .containsEntry("asyncBidi", List.of(2, 4))
                .containsEntry("error", "NOT_FOUND: no such order / no order missing")
                .containsEntry("asyncError", "NOT_FOUND / no order missing")
                .containsEntry("nullDeadline", "deadline");
    }

    private static String target() {
        return "127.0.0.1:" + server.getPort();
    }

    private static TlsConfig trust() {
        return TlsConfig.trustPem(certificates.caBundle());
    }

    @Test
    void theGeneratedConfigSuppliesTargetTlsAndDeadline() throws Exception {
        @SuppressWarnings("unchecked")
        Function<Map<String, String>, String> configured = (Function<Map<String, String>, String>)
                compiled.load("demo.OrdersConfigScenario").getDeclaredConstructor().newInstance();
        Map<String, String> env = new java.util.HashMap<>(Map.of("FEATURES_ORDERS_TARGET", "127.0.0.1:" + server.getPort(),
                "FEATURES_ORDERS_TLS_CA_BUNDLE", certificates.caBundle().toString(), "FEATURES_ORDERS_DEADLINE", "PT60S"));
        assertThat(configured.apply(env)).isEqualTo("found");
        env.remove("FEATURES_ORDERS_TARGET");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> configured.apply(env))
                .isInstanceOf(io.github.contractgen.runtime.config.ConfigException.class)
                .hasMessageStartingWith("features.orders.target is not set: the server to call (host:port); or call"
                        + " target(...) on the client's builder; set system property features.orders.target,"
                        + " environment variable FEATURES_ORDERS_TARGET, or features.orders.target in");
    }

    @SuppressWarnings("unchecked")
    private static Function<Object[], Map<String, Object>> scenario() throws ReflectiveOperationException {
        return (Function<Object[], Map<String, Object>>) compiled.load("demo.OrdersScenario").getDeclaredConstructor()
                .newInstance();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GrpcFunctionalTest.class.getResourceAsStream("/grpc-functional/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Records each call's start and end. */
    static final class Recorder implements Observer {
        final List<CallInfo> calls = new CopyOnWriteArrayList<>();
        final List<CallResult> ends = new CopyOnWriteArrayList<>();

        @Override
        public Observation start(CallInfo call) {
            calls.add(call);
            return new Observation() {
                @Override
                public void onEnd(CallResult result) {
                    ends.add(result);
                }
            };
        }
    }
}
