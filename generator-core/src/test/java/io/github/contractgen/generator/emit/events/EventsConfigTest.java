package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.model.EventService;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.runtime.config.ConfigException;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.InMemoryTransport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated events config: the contract's servers, their security and TLS, read from a map standing
 * in for the environment. The transports themselves are not on this module's class path, which is what
 * the missing-module errors need; runtime/kafka's KafkaConfigTest reaches a real broker through the same code.
 */
class EventsConfigTest {

    private static List<JavaFile> files;
    private static InMemoryCompiler.Compilation compiled;
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void compile() {
        files = GeneratedEvents.emit(AsyncApiFixtures.read("brokers-3.0.yaml"), "demo");
        compiled = InMemoryCompiler.compile(files).requireSuccess();
    }

    @Test
    void serversKnowTheirProtocolTlsAndSecurity() {
        String source = files.stream().filter(file -> file.typeSpec().name().equals("Brokers30Config")).findFirst()
                .orElseThrow().toString();
        assertThat(source).contains(
                "new ContractServer(\"production\", \"kafka-secure://kafka-{region}.example.com:{port}\", \"kafka-secure\", true,",
                "new ContractServer.Variable(\"region\", SERVER_REGION, null, List.of(\"eu\", \"us\"))",
                "List.of(List.of(AUTH_SCRAM_USER, AUTH_SCRAM_PASSWORD))",
                "new ContractServer.Login(\"scram\", AUTH_SCRAM_USER, AUTH_SCRAM_PASSWORD, \"SCRAM-SHA-512\")",
                "ContractServer.of(\"local\", \"mqtt://localhost:1883\", \"mqtt\", false, List.of())",
                "\"mqtt://devices.example.com:8883\", \"mqtt\", true,",
                "List.of(List.of(TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY), List.of(TLS_KEY_STORE))",
                "ConfigKey.secret(\"brokers30.auth.scram.password\", \"BROKERS30_AUTH_SCRAM_PASSWORD\")");
    }

    @Test
    void noServerChosenAmongSeveralFailsNamingTheKeyInsteadOfDroppingMessages() throws Exception {
        Object config = config();
        assertThatThrownBy(() -> call(config, "transport")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("brokers30.server is not set: the contract lists several servers")
                .hasMessageContaining("BROKERS30_SERVER");
        Object builder = call(call(compiled.load("demo.brokers30.Brokers30Events"), "builder"), "config", config);
        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("brokers30.server is not set");
        Object inMemory = call(call(compiled.load("demo.brokers30.Brokers30Events"), "builder"), "build");
        call(inMemory, "close");
    }

    @Test
    void aTransportBuilderGetsTlsUnlessPlaintextIsChosen() throws Exception {
        Class<?> events = compiled.load("demo.brokers30.Brokers30Events");
        Recording secure = new Recording();
        call(call(call(call(events, "builder"), "transport", (EventTransport.Builder) secure), "build"), "close");
        assertThat(secure.tls).as("the JVM's trust store by default").isNotNull();
        assertThat(secure.plaintext).isFalse();
        Recording plain = new Recording();
        call(call(call(call(call(events, "builder"), "transport", (EventTransport.Builder) plain), "plaintext"), "build"), "close");
        assertThat(plain.tls).isNull();
        assertThat(plain.plaintext).isTrue();
        Object shared = call(call(events, "builder"), "transport", (EventTransport) InMemoryTransport.create());
        assertThatThrownBy(() -> call(call(shared, "plaintext"), "build")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("plaintext: a built transport keeps its own settings");
    }

    @Test
    void allowCredentialsWithoutTlsReachesTheTransportBuilderOnlyWhenCalled() throws Exception {
        Class<?> events = compiled.load("demo.brokers30.Brokers30Events");
        Recording allowed = new Recording();
        call(call(call(call(call(call(events, "builder"), "transport", (EventTransport.Builder) allowed), "plaintext"),
                "allowCredentialsWithoutTls"), "build"), "close");
        assertThat(allowed.plaintext).isTrue();
        assertThat(allowed.allowCredentialsWithoutTls).isTrue();
        Recording strict = new Recording();
        call(call(call(call(call(events, "builder"), "transport", (EventTransport.Builder) strict), "plaintext"), "build"),
                "close");
        assertThat(strict.allowCredentialsWithoutTls).isFalse();
    }

    /** Records what the generated builder applied; builds an in-memory transport. */
    static final class Recording implements EventTransport.Builder {
        TlsConfig tls;
        boolean plaintext;
        boolean allowCredentialsWithoutTls;

        @Override
        public EventTransport.Builder tls(TlsConfig tls) {
            this.tls = tls;
            return this;
        }

        @Override
        public EventTransport.Builder plaintext() {
            this.plaintext = true;
            return this;
        }

        @Override
        public EventTransport.Builder credentials(String username, String password) {
            return this;
        }

        @Override
        public EventTransport.Builder allowCredentialsWithoutTls() {
            this.allowCredentialsWithoutTls = true;
            return this;
        }

        @Override
        public EventTransport build() {
            return InMemoryTransport.create();
        }
    }

    @Test
    void aChosenServerNeedsItsCredentialsAndItsTransportModule() throws Exception {
        env.put("BROKERS30_SERVER", "production");
        env.put("BROKERS30_SERVER_REGION", "eu");
        Object builder = call(call(compiled.load("demo.brokers30.Brokers30Events"), "builder"), "config", config());
        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("server 'production' requires credentials: set brokers30.auth.scram.user (system"
                        + " property brokers30.auth.scram.user, environment variable BROKERS30_AUTH_SCRAM_USER");
        env.put("BROKERS30_AUTH_SCRAM_USER", "alice");
        env.put("BROKERS30_AUTH_SCRAM_PASSWORD", "wonderland");
        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no event transport for protocol 'kafka-secure'")
                .hasMessageContaining("add the dependency io.github.contractgen:contractgen-runtime-kafka");
        env.remove("BROKERS30_SERVER_REGION");
        assertThatThrownBy(() -> call(config(), "resolve")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("brokers30.server.region is not set: server 'production'")
                .hasMessageContaining("BROKERS30_SERVER_REGION");
        env.put("BROKERS30_SERVER", "local");
        assertThatThrownBy(() -> call(config(), "transport")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("contractgen-runtime-mqtt");
    }

    @Test
    void anX509ServerTakesItsClientCertificateFromPemFilesOrAKeyStore() throws Exception {
        env.put("BROKERS30_SERVER", "devices");
        assertThatThrownBy(() -> call(config(), "transport")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("server 'devices' requires credentials: set brokers30.tls.certificateChain")
                .hasMessageContaining("; or brokers30.tls.keyStore (system property brokers30.tls.keyStore,"
                        + " environment variable BROKERS30_TLS_KEY_STORE");
        env.put("BROKERS30_TLS_KEY_STORE", "/nonexistent/client.p12");
        assertThatThrownBy(() -> call(config(), "transport")).isInstanceOf(ConfigException.class)
                .as("the requirement is met: what fails next is the missing transport module")
                .hasMessageContaining("contractgen-runtime-mqtt");
    }

    @Test
    void asyncApi2RequirementsAreAlternatives() {
        ReadResult read = AsyncApiFixtures.read("brokers-2.6.yaml");
        EventService events = read.contract().orElseThrow().events().get(0);
        assertThat(events.brokers().get(0).security()).containsExactly(
                new SecurityRequirement(List.of("login")), new SecurityRequirement(List.of("cert")));
        assertThat(read.contract().orElseThrow().services().get(0).securitySchemes()).extracting(SecurityScheme::type)
                .containsExactly(SecurityScheme.Type.MUTUAL_TLS, SecurityScheme.Type.USER_PASSWORD);
        String source = GeneratedEvents.emit(read, "demo").stream()
                .filter(file -> file.typeSpec().name().equals("Brokers26Config")).findFirst().orElseThrow().toString();
        assertThat(source).contains("List.of(List.of(AUTH_LOGIN_USER, AUTH_LOGIN_PASSWORD), List.of(TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY),"
                + " List.of(TLS_KEY_STORE))",
                "new ContractServer.Login(\"login\", AUTH_LOGIN_USER, AUTH_LOGIN_PASSWORD, null)");
    }

    private Object config() throws Exception {
        Object builder = call(compiled.load("demo.brokers30.Brokers30Config"), "builder");
        call(builder, "environment", (Function<String, String>) env::get);
        call(builder, "systemProperties", (Function<String, String>) key -> null);
        return call(builder, "build");
    }

    /** Whether {@code method} takes these arguments: picks among overloads such as transport(...). */
    private static boolean accepts(Method method, Object... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !method.getParameterTypes()[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Calls a public method by name and argument count; the generated code's exceptions come out unwrapped. */
    private static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && accepts(method, args)) {
                try {
                    return method.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        throw new AssertionError("no method " + name + " on " + type);
    }
}
