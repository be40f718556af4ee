package io.github.contractgen.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.runtime.config.ConfigSources;
import io.github.contractgen.runtime.config.ContractServer;
import io.github.contractgen.runtime.config.ContractSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A SASL login without TLS goes only to bootstrap servers that are all loopback, unless the builder asks
 * for it by name. Every refusal here happens in {@code build()} before anything connects: the brokers
 * named do not exist (a client that tried would fail on the name instead). {@link KafkaSaslTest} shows
 * the allowed logins against a real broker; a login from a generated config's settings meets the same rule.
 */
class KafkaLoginWithoutTlsTest {

    private static final String PASSWORD = "never-Shown-51d0";

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})
    void everyMechanismWithoutTlsToABrokerThatIsNotLoopbackFailsBuildNamingTheHostAndTheSetting(String mechanism) {
        assertThatThrownBy(() -> KafkaTransport.bootstrap("broker.example.invalid:9092").plaintext()
                .saslMechanism(mechanism).credentials("alice", PASSWORD).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Kafka transport: refusing to log in with SASL " + mechanism
                        + " without TLS to broker.example.invalid, where anyone on the network can read the login")
                .hasMessageContaining("call allowCredentialsWithoutTls() on the transport's builder")
                .message().doesNotContain(PASSWORD);
    }

    @Test
    void aBootstrapListIsExemptOnlyWhenEveryHostIsLoopbackAndTheMessageNamesTheOthers() {
        assertThatThrownBy(() -> KafkaTransport.bootstrap("127.0.0.1:9092, broker-2.example.invalid:9092,[::1]:9092,"
                + "SASL_PLAINTEXT://10.1.2.3:9092").plaintext().credentials("alice", PASSWORD).build())
                .hasMessageStartingWith("Kafka transport: refusing to log in with SASL PLAIN without TLS to"
                        + " broker-2.example.invalid, 10.1.2.3, where");
    }

    @Test
    void propertiesThatOverrideTheServersOrTheProtocolAreWhatCounts() {
        assertThatThrownBy(() -> configs(null, "alice", Map.of("bootstrap.servers", "broker.example.invalid:9092"))
                .requireLoopbackForLoginWithoutTls()).hasMessageContaining("without TLS to broker.example.invalid,");
        assertThatThrownBy(() -> configs(null, null, Map.of("security.protocol", "SASL_PLAINTEXT", "bootstrap.servers",
                List.of("localhost:9092", "broker.example.invalid:9092"))).requireLoopbackForLoginWithoutTls())
                .hasMessageStartingWith("Kafka transport: refusing to log in with SASL GSSAPI without TLS to"
                        + " broker.example.invalid,");
        assertThatCode(() -> configs(null, "alice", Map.of("security.protocol", "SASL_SSL"))
                .requireLoopbackForLoginWithoutTls()).doesNotThrowAnyException();
    }

    @Test
    void tlsOrNoLoginNeedsNothing() {
        assertThatCode(() -> configs(TlsConfig.systemDefault(), "alice", Map.of()).requireLoopbackForLoginWithoutTls())
                .doesNotThrowAnyException();
        assertThatCode(() -> configs(null, null, Map.of()).requireLoopbackForLoginWithoutTls()).doesNotThrowAnyException();
    }

    @Test
    void aLoginFromConfigurationForAServerWithoutTlsIsRefusedAsOnTheTransport() {
        ConfigKey user = ConfigKey.of("orders.auth.scram.user", "ORDERS_AUTH_SCRAM_USER");
        ConfigKey password = ConfigKey.secret("orders.auth.scram.password", "ORDERS_AUTH_SCRAM_PASSWORD");
        ContractServer server = new ContractServer("production", "kafka://kafka.example.invalid:9092", "kafka", false,
                List.of(), List.of(), List.of(new ContractServer.Login("scram", user, password, "SCRAM-SHA-512")));
        Map<String, String> env = Map.of("ORDERS_AUTH_SCRAM_USER", "alice", "ORDERS_AUTH_SCRAM_PASSWORD", PASSWORD);
        ContractSettings settings = new ContractSettings(ConfigSources.builder().systemProperties(key -> null)
                .environment(env::get).build());
        assertThatThrownBy(() -> settings.transport(KafkaConfigTest.BROKER, KafkaConfigTest.SERVER, List.of(server),
                KafkaConfigTest.TLS).build())
                .hasMessageStartingWith("Kafka transport: refusing to log in with SASL SCRAM-SHA-512 without TLS to"
                        + " kafka.example.invalid, where")
                .message().doesNotContain(PASSWORD);
    }

    private static KafkaConfigs configs(TlsConfig tls, String username, Map<String, Object> properties) {
        return new KafkaConfigs("broker.example.invalid:9092", "test", tls, "PLAIN", username,
                username == null ? null : PASSWORD, Duration.ofSeconds(30), properties);
    }
}
