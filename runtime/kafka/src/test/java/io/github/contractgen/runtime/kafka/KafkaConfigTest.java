package io.github.contractgen.runtime.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.runtime.config.ConfigSources;
import io.github.contractgen.runtime.config.ContractServer;
import io.github.contractgen.runtime.config.ContractSettings;
import io.github.contractgen.runtime.config.TlsKeys;
import io.github.contractgen.runtime.events.Awaits;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A generated config's settings choose a contract's {@code kafka} server: the transport is found through
 * {@link KafkaTransportProvider} on the class path and talks to a real broker in this JVM.
 */
class KafkaConfigTest {

    static final ConfigKey SERVER = ConfigKey.of("orders.server", "ORDERS_SERVER");
    static final ConfigKey BROKER = ConfigKey.of("orders.broker", "ORDERS_BROKER");
    static final TlsKeys TLS = new TlsKeys(ConfigKey.of("orders.tls.caBundle", "ORDERS_TLS_CA_BUNDLE"),
            ConfigKey.of("orders.tls.certificateChain", "ORDERS_TLS_CERTIFICATE_CHAIN"),
            ConfigKey.of("orders.tls.privateKey", "ORDERS_TLS_PRIVATE_KEY"),
            ConfigKey.secret("orders.tls.privateKeyPassword", "ORDERS_TLS_PRIVATE_KEY_PASSWORD"),
            ConfigKey.of("orders.tls.keyStore", "ORDERS_TLS_KEY_STORE"),
            ConfigKey.secret("orders.tls.keyStorePassword", "ORDERS_TLS_KEY_STORE_PASSWORD"),
            ConfigKey.of("orders.tls.trustStore", "ORDERS_TLS_TRUST_STORE"),
            ConfigKey.secret("orders.tls.trustStorePassword", "ORDERS_TLS_TRUST_STORE_PASSWORD"));
    static final List<ContractServer> SERVERS = List.of(
            ContractServer.of("production", "kafka.example:9092", "kafka", false, List.of()));

    @Test
    void aKafkaServerFromTheEnvironmentResolvesToAKafkaTransport() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(Map.of())) {
            Map<String, String> env = Map.of("ORDERS_SERVER", "production", "ORDERS_BROKER", broker.bootstrapServers());
            ContractSettings settings = new ContractSettings(ConfigSources.builder().systemProperties(key -> null)
                    .environment(env::get).build());
            EventTransport.Builder builder = settings.transport(BROKER, SERVER, SERVERS, TLS);
            assertThat(builder).isInstanceOf(KafkaTransport.Builder.class);
            BlockingQueue<IncomingMessage> received = new LinkedBlockingQueue<>();
            try (EventTransport transport = builder.build();
                    Subscription ignored = transport.subscribe(SubscriptionSpec.of("orders.created", "config-test"), received::add)) {
                transport.send(OutgoingMessage.of("orders.created", "hello".getBytes(UTF_8), null))
                        .get(Awaits.LIMIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(new String(Awaits.next(received, "the message sent through the configured transport").payload(), UTF_8))
                        .isEqualTo("hello");
            }
        }
    }
}
