package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.BrokerLogins;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;

/** Turns a {@link KafkaTransport.Builder}'s settings into producer and consumer properties. */
final class KafkaConfigs {

    /** How soon a pattern subscription notices a topic created after it started. */
    static final Duration PATTERN_REFRESH = Duration.ofSeconds(5);

    private final String bootstrap;
    private final String clientId;
    private final TlsConfig tls;
    private final String saslMechanism;
    private final String username;
    private final String password;
    private final Duration sendTimeout;
    private final Map<String, Object> overrides;

    KafkaConfigs(String bootstrap, String clientId, TlsConfig tls, String saslMechanism, String username,
            String password, Duration sendTimeout, Map<String, Object> overrides) {
        this.bootstrap = bootstrap;
        this.clientId = clientId;
        this.tls = tls;
        this.saslMechanism = saslMechanism;
        this.username = username;
        this.password = password;
        this.sendTimeout = sendTimeout;
        this.overrides = Map.copyOf(overrides);
    }

    Duration sendTimeout() {
        return sendTimeout;
    }

    /** The TLS configuration, null for plaintext. */
    TlsConfig tls() {
        return tls;
    }

    /** The host of the first bootstrap server, named in TLS failure messages. */
    String firstHost() {
        List<String> hosts = bootstrapHosts(producer());
        return hosts.isEmpty() ? "" : hosts.get(0);
    }

    /**
     * Fails when the clients would log in with SASL over connections without TLS (security protocol
     * {@code SASL_PLAINTEXT}, an overriding {@link KafkaTransport.Builder#property} included) to a
     * bootstrap server that is not loopback; see {@link BrokerLogins}.
     */
    void requireLoopbackForLoginWithoutTls() {
        Map<String, Object> config = producer();
        if ("SASL_PLAINTEXT".equalsIgnoreCase(String.valueOf(config.get(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG)))) {
            BrokerLogins.requireLoopback("Kafka transport", "SASL " + config.getOrDefault(SaslConfigs.SASL_MECHANISM,
                    SaslConfigs.DEFAULT_SASL_MECHANISM), bootstrapHosts(config));
        }
    }

    /** The hosts of {@code bootstrap.servers} in {@code config}, parsed as the Kafka client parses them. */
    private static List<String> bootstrapHosts(Map<String, Object> config) {
        Object servers = config.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        List<String> entries = servers instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(servers).split(","));
        return entries.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> Objects.requireNonNullElse(Utils.getHost(entry), entry)).toList();
    }

    Map<String, Object> producer() {
        Map<String, Object> config = common();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-producer");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // No message lost or duplicated by a retry: every in-sync replica has it before the send completes.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Bounded waits, so that an unreachable broker fails the future instead of holding it.
        int timeout = (int) sendTimeout.toMillis();
        int linger = 5;
        config.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, timeout - linger));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.putAll(overrides);
        return config;
    }

    Map<String, Object> consumer(String group, boolean pattern, int index) {
        Map<String, Object> config = common();
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-consumer-" + index);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // Offsets are committed by hand, after the handler returned or the message was dead-lettered.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group starts at the beginning: messages sent before it first joined are not skipped.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        if (pattern) {
            config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) PATTERN_REFRESH.toMillis());
        }
        config.putAll(overrides);
        return config;
    }

    /** An admin client's settings: for deleting a transient group once its consumer left. */
    Map<String, Object> admin() {
        Map<String, Object> config = common();
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        config.putAll(overrides); // security settings among them; the admin client ignores the rest
        return config;
    }

    private Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol());
        if (tls != null) {
            config.put(SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG, InternalTlsEngineFactory.class);
            config.put(InternalTlsEngineFactory.TLS_CONFIG, tls);
            config.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "https");
        }
        if (username != null) {
            config.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
            config.put(SaslConfigs.SASL_JAAS_CONFIG, jaas());
        }
        return config;
    }

    private String securityProtocol() {
        if (tls != null) {
            return username != null ? "SASL_SSL" : "SSL";
        }
        return username != null ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    private String jaas() {
        String module = saslMechanism.startsWith("SCRAM-")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password) + "\";";
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
