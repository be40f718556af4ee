package io.github.contractgen.test.features;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.runtime.config.ConfigSources;
import io.github.contractgen.runtime.config.ContractSettings;
import io.github.contractgen.runtime.config.TlsKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Settings of Orders from configuration, for {@code OrdersClient.builder().config(...)}.
 *
 * <p>Each key is looked up, in order, in the values set on {@link Builder}, the system properties,
 * the environment variables and the config file; a blank value counts as unset. Secrets (passwords,
 * tokens) are never read from the config file: set them as a system property, an environment variable,
 * or in a file named by the key plus {@code .file} (environment: plus {@code _FILE}). A setting made
 * on the client's builder wins over this config. A key the contract makes required and that is not set
 * fails {@code build()} with a message naming it and where it can be set.
 *
 * <ul>
 *   <li>{@code features.orders.configFile} / {@code FEATURES_ORDERS_CONFIG_FILE}
 *   <li>{@code features.orders.target} / {@code FEATURES_ORDERS_TARGET}
 *   <li>{@code features.orders.tls.caBundle} / {@code FEATURES_ORDERS_TLS_CA_BUNDLE}
 *   <li>{@code features.orders.tls.certificateChain} / {@code FEATURES_ORDERS_TLS_CERTIFICATE_CHAIN}
 *   <li>{@code features.orders.tls.privateKey} / {@code FEATURES_ORDERS_TLS_PRIVATE_KEY}
 *   <li>{@code features.orders.tls.privateKeyPassword} / {@code FEATURES_ORDERS_TLS_PRIVATE_KEY_PASSWORD} (secret)
 *   <li>{@code features.orders.tls.keyStore} / {@code FEATURES_ORDERS_TLS_KEY_STORE}
 *   <li>{@code features.orders.tls.keyStorePassword} / {@code FEATURES_ORDERS_TLS_KEY_STORE_PASSWORD} (secret)
 *   <li>{@code features.orders.tls.trustStore} / {@code FEATURES_ORDERS_TLS_TRUST_STORE}
 *   <li>{@code features.orders.tls.trustStorePassword} / {@code FEATURES_ORDERS_TLS_TRUST_STORE_PASSWORD} (secret)
 *   <li>{@code features.orders.plaintext} / {@code FEATURES_ORDERS_PLAINTEXT}
 *   <li>{@code features.orders.deadline} / {@code FEATURES_ORDERS_DEADLINE}
 *   <li>{@code features.orders.keepAlive.time} / {@code FEATURES_ORDERS_KEEP_ALIVE_TIME}
 *   <li>{@code features.orders.keepAlive.timeout} / {@code FEATURES_ORDERS_KEEP_ALIVE_TIMEOUT}
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen dev from features/proto3_features.proto"
)
public final class OrdersConfig {
    /**
     * {@code features.orders.configFile}, environment {@code FEATURES_ORDERS_CONFIG_FILE}: The config file to read; default: the classpath resource named for the prefix, if present.
     */
    public static final ConfigKey CONFIG_FILE = ConfigKey.of("features.orders.configFile", "FEATURES_ORDERS_CONFIG_FILE");

    /**
     * {@code features.orders.target}, environment {@code FEATURES_ORDERS_TARGET}: The server: host:port or a gRPC target URI such as dns:///host:443.
     */
    public static final ConfigKey TARGET = ConfigKey.of("features.orders.target", "FEATURES_ORDERS_TARGET");

    /**
     * {@code features.orders.tls.caBundle}, environment {@code FEATURES_ORDERS_TLS_CA_BUNDLE}: PEM file of the CAs to trust; default: the JVM's trust store.
     */
    public static final ConfigKey TLS_CA_BUNDLE = ConfigKey.of("features.orders.tls.caBundle", "FEATURES_ORDERS_TLS_CA_BUNDLE");

    /**
     * {@code features.orders.tls.certificateChain}, environment {@code FEATURES_ORDERS_TLS_CERTIFICATE_CHAIN}: PEM file of the client certificate chain, for mutual TLS.
     */
    public static final ConfigKey TLS_CERTIFICATE_CHAIN = ConfigKey.of("features.orders.tls.certificateChain", "FEATURES_ORDERS_TLS_CERTIFICATE_CHAIN");

    /**
     * {@code features.orders.tls.privateKey}, environment {@code FEATURES_ORDERS_TLS_PRIVATE_KEY}: PEM file of the client's PKCS#8 private key, for mutual TLS.
     */
    public static final ConfigKey TLS_PRIVATE_KEY = ConfigKey.of("features.orders.tls.privateKey", "FEATURES_ORDERS_TLS_PRIVATE_KEY");

    /**
     * {@code features.orders.tls.privateKeyPassword}, environment {@code FEATURES_ORDERS_TLS_PRIVATE_KEY_PASSWORD}: The password of an encrypted private key.
     */
    public static final ConfigKey TLS_PRIVATE_KEY_PASSWORD = ConfigKey.secret("features.orders.tls.privateKeyPassword", "FEATURES_ORDERS_TLS_PRIVATE_KEY_PASSWORD");

    /**
     * {@code features.orders.tls.keyStore}, environment {@code FEATURES_ORDERS_TLS_KEY_STORE}: PKCS12 or JKS key store with the client's key and certificate chain, for mutual TLS; instead of the
     * PEM files.
     */
    public static final ConfigKey TLS_KEY_STORE = ConfigKey.of("features.orders.tls.keyStore", "FEATURES_ORDERS_TLS_KEY_STORE");

    /**
     * {@code features.orders.tls.keyStorePassword}, environment {@code FEATURES_ORDERS_TLS_KEY_STORE_PASSWORD}: The password of the key store and its key.
     */
    public static final ConfigKey TLS_KEY_STORE_PASSWORD = ConfigKey.secret("features.orders.tls.keyStorePassword", "FEATURES_ORDERS_TLS_KEY_STORE_PASSWORD");

    /**
     * {@code features.orders.tls.trustStore}, environment {@code FEATURES_ORDERS_TLS_TRUST_STORE}: PKCS12 or JKS trust store of the CAs to trust, instead of tls.caBundle; default: the JVM's trust
     * store.
     */
    public static final ConfigKey TLS_TRUST_STORE = ConfigKey.of("features.orders.tls.trustStore", "FEATURES_ORDERS_TLS_TRUST_STORE");

    /**
     * {@code features.orders.tls.trustStorePassword}, environment {@code FEATURES_ORDERS_TLS_TRUST_STORE_PASSWORD}: The password of the trust store, if it has one.
     */
    public static final ConfigKey TLS_TRUST_STORE_PASSWORD = ConfigKey.secret("features.orders.tls.trustStorePassword", "FEATURES_ORDERS_TLS_TRUST_STORE_PASSWORD");

    /**
     * {@code features.orders.plaintext}, environment {@code FEATURES_ORDERS_PLAINTEXT}: true for no TLS at all: for a sidecar or a test on loopback, never across a network.
     */
    public static final ConfigKey PLAINTEXT = ConfigKey.of("features.orders.plaintext", "FEATURES_ORDERS_PLAINTEXT");

    /**
     * {@code features.orders.deadline}, environment {@code FEATURES_ORDERS_DEADLINE}: The deadline of each unary call that sets none itself (ISO-8601, e.g. PT2S).
     */
    public static final ConfigKey DEADLINE = ConfigKey.of("features.orders.deadline", "FEATURES_ORDERS_DEADLINE");

    /**
     * {@code features.orders.keepAlive.time}, environment {@code FEATURES_ORDERS_KEEP_ALIVE_TIME}: Keep-alive: how long a connection with open calls may receive nothing before a ping (ISO-8601; gRPC
     * waits at least PT10S); default: no pings.
     */
    public static final ConfigKey KEEP_ALIVE_TIME = ConfigKey.of("features.orders.keepAlive.time", "FEATURES_ORDERS_KEEP_ALIVE_TIME");

    /**
     * {@code features.orders.keepAlive.timeout}, environment {@code FEATURES_ORDERS_KEEP_ALIVE_TIMEOUT}: Keep-alive: how long to wait for the ping's answer before dropping the connection (ISO-8601);
     * default PT20S. Needs keepAlive.time.
     */
    public static final ConfigKey KEEP_ALIVE_TIMEOUT = ConfigKey.of("features.orders.keepAlive.timeout", "FEATURES_ORDERS_KEEP_ALIVE_TIMEOUT");

    private static final List<ConfigKey> KEYS = List.of(CONFIG_FILE, TARGET, TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD, PLAINTEXT, DEADLINE, KEEP_ALIVE_TIME, KEEP_ALIVE_TIMEOUT);

    private static final TlsKeys TLS = new TlsKeys(TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD);

    private final ContractSettings settings;

    private OrdersConfig(ConfigSources sources) {
        this.settings = new ContractSettings(sources);
    }

    /**
     * Settings from system properties, environment variables and the config file: the one {@link #CONFIG_FILE} names, else the classpath resource {@code features.orders.properties} if there is one.
     *
     * @return the config over the default sources
     * @throws io.github.contractgen.runtime.config.ConfigException when a named config file cannot be read
     */
    public static OrdersConfig fromEnvironment() {
        return builder().build();
    }

    /**
     * A builder to set values in code, or to choose the config file and the sources of system properties and environment variables (for tests).
     *
     * @return a builder over the default sources
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every key of this service, in the order of this class.
     *
     * @return the keys, unmodifiable
     */
    public static List<ConfigKey> keys() {
        return KEYS;
    }

    /**
     * The server to call; required.
     *
     * @return the target, as {@code host:port} or a gRPC name-resolver URI
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public String target() {
        return settings.require(TARGET, "the server to call (host:port); or call target(...) on the client's builder");
    }

    /**
     * TLS from the PEM files or the key stores the {@code TLS_*} keys name (not both); empty when none is set.
     *
     * @return the TLS settings, if any
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<TlsConfig> tls() {
        return settings.tls(TLS);
    }

    /**
     * Whether TLS is switched off; default false.
     *
     * @return true to call the server without TLS
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public boolean plaintext() {
        return settings.flag(PLAINTEXT).orElse(false);
    }

    /**
     * {@link #DEADLINE}, an ISO-8601 duration.
     *
     * @return the duration; empty when it is not set
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> deadline() {
        return settings.duration(DEADLINE);
    }

    /**
     * {@link #KEEP_ALIVE_TIME}, an ISO-8601 duration.
     *
     * @return the duration; empty when it is not set
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> keepAliveTime() {
        return settings.duration(KEEP_ALIVE_TIME);
    }

    /**
     * {@link #KEEP_ALIVE_TIMEOUT}, an ISO-8601 duration; set only with {@link #KEEP_ALIVE_TIME}.
     *
     * @return how long to wait for the answer to a keep-alive ping; empty for gRPC's default
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> keepAliveTimeout() {
        Optional<Duration> timeout = settings.duration(KEEP_ALIVE_TIMEOUT);
        if (timeout.isPresent()) {
            settings.require(KEEP_ALIVE_TIME, "keep-alive pings need it as well as features.orders.keepAlive.timeout");
        }
        return timeout;
    }

    /**
     * Reads every setting now, so that a deployment mistake shows at start-up rather than at the first call.
     *
     * @return this config
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public OrdersConfig resolve() {
        target();
        tls();
        plaintext();
        deadline();
        keepAliveTime();
        keepAliveTimeout();
        return this;
    }

    /**
     * The keys that are set and where each comes from; secrets show as {@code ****}.
     *
     * @return the class name and the settings that are set, without secrets
     */
    @Override
    public String toString() {
        return "OrdersConfig" + settings.describe(KEYS);
    }

    /**
     * Chooses where the settings of a {@link OrdersConfig} come from; not thread-safe.
     */
    public static final class Builder {
        private final ConfigSources.Builder sources = ConfigSources.builder().defaultFile(CONFIG_FILE, "features.orders.properties");

        private Builder() {
        }

        /**
         * Sets {@code key} in code: it wins over every other source.
         *
         * @param key the setting, one of this config's keys
         * @param value its value, as it would be written in the config file
         * @return this builder
         */
        public Builder set(ConfigKey key, String value) {
            sources.set(key.property(), value);
            return this;
        }

        /**
         * Reads this {@code .properties} file (UTF-8) instead of the default; it must exist.
         *
         * @param path the file to read
         * @return this builder
         */
        public Builder file(Path path) {
            sources.file(path);
            return this;
        }

        /**
         * Reads this classpath resource instead of the default; it must exist.
         *
         * @param name the resource to read
         * @return this builder
         */
        public Builder classpathResource(String name) {
            sources.classpathResource(name);
            return this;
        }

        /**
         * Where system properties come from; default {@code System::getProperty}.
         *
         * @param systemProperties looks up a system property by name, {@code null} when it is not set
         * @return this builder
         */
        public Builder systemProperties(Function<String, String> systemProperties) {
            sources.systemProperties(systemProperties);
            return this;
        }

        /**
         * Where environment variables come from; default {@code System::getenv}. Tests pass a map's {@code get}.
         *
         * @param environment looks up an environment variable by name, {@code null} when it is not set
         * @return this builder
         */
        public Builder environment(Function<String, String> environment) {
            sources.environment(environment);
            return this;
        }

        /**
         * Reads the config file; settings are read when asked for.
         *
         * @return the config over the sources chosen here
         * @throws io.github.contractgen.runtime.config.ConfigException when a named config file cannot be read
         */
        public OrdersConfig build() {
            return new OrdersConfig(sources.build());
        }
    }
}
