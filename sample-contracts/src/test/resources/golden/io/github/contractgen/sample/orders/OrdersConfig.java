package io.github.contractgen.sample.orders;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.runtime.config.ConfigSources;
import io.github.contractgen.runtime.config.ContractServer;
import io.github.contractgen.runtime.config.ContractSettings;
import io.github.contractgen.runtime.config.TlsKeys;
import io.github.contractgen.runtime.events.EventTransport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Settings of Order Events from configuration, for {@code OrdersEvents.builder().config(...)}.
 *
 * <p>Each key is looked up, in order, in the values set on {@link Builder}, the system properties,
 * the environment variables and the config file; a blank value counts as unset. Secrets (passwords,
 * tokens) are never read from the config file: set them as a system property, an environment variable,
 * or in a file named by the key plus {@code .file} (environment: plus {@code _FILE}). A setting made
 * on the client's builder wins over this config. A key the contract makes required and that is not set
 * fails {@code build()} with a message naming it and where it can be set.
 *
 * <ul>
 *   <li>{@code orders.configFile} / {@code ORDERS_CONFIG_FILE}
 *   <li>{@code orders.server} / {@code ORDERS_SERVER}
 *   <li>{@code orders.broker} / {@code ORDERS_BROKER}
 *   <li>{@code orders.tls.caBundle} / {@code ORDERS_TLS_CA_BUNDLE}
 *   <li>{@code orders.tls.certificateChain} / {@code ORDERS_TLS_CERTIFICATE_CHAIN}
 *   <li>{@code orders.tls.privateKey} / {@code ORDERS_TLS_PRIVATE_KEY}
 *   <li>{@code orders.tls.privateKeyPassword} / {@code ORDERS_TLS_PRIVATE_KEY_PASSWORD} (secret)
 *   <li>{@code orders.tls.keyStore} / {@code ORDERS_TLS_KEY_STORE}
 *   <li>{@code orders.tls.keyStorePassword} / {@code ORDERS_TLS_KEY_STORE_PASSWORD} (secret)
 *   <li>{@code orders.tls.trustStore} / {@code ORDERS_TLS_TRUST_STORE}
 *   <li>{@code orders.tls.trustStorePassword} / {@code ORDERS_TLS_TRUST_STORE_PASSWORD} (secret)
 *   <li>{@code orders.group} / {@code ORDERS_GROUP}
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
public final class OrdersConfig {
    /**
     * {@code orders.configFile}, environment {@code ORDERS_CONFIG_FILE}: The config file to read; default: the classpath resource named for the prefix, if present.
     */
    public static final ConfigKey CONFIG_FILE = ConfigKey.of("orders.configFile", "ORDERS_CONFIG_FILE");

    /**
     * {@code orders.server}, environment {@code ORDERS_SERVER}: Which of the contract's servers to connect to, by name; default: the contract's only server
     * (required when it lists several).
     */
    public static final ConfigKey SERVER = ConfigKey.of("orders.server", "ORDERS_SERVER");

    /**
     * {@code orders.broker}, environment {@code ORDERS_BROKER}: The broker's host:port, instead of the chosen server's (which still gives protocol and security).
     */
    public static final ConfigKey BROKER = ConfigKey.of("orders.broker", "ORDERS_BROKER");

    /**
     * {@code orders.tls.caBundle}, environment {@code ORDERS_TLS_CA_BUNDLE}: PEM file of the CAs to trust; default: the JVM's trust store.
     */
    public static final ConfigKey TLS_CA_BUNDLE = ConfigKey.of("orders.tls.caBundle", "ORDERS_TLS_CA_BUNDLE");

    /**
     * {@code orders.tls.certificateChain}, environment {@code ORDERS_TLS_CERTIFICATE_CHAIN}: PEM file of the client certificate chain, for mutual TLS.
     */
    public static final ConfigKey TLS_CERTIFICATE_CHAIN = ConfigKey.of("orders.tls.certificateChain", "ORDERS_TLS_CERTIFICATE_CHAIN");

    /**
     * {@code orders.tls.privateKey}, environment {@code ORDERS_TLS_PRIVATE_KEY}: PEM file of the client's PKCS#8 private key, for mutual TLS.
     */
    public static final ConfigKey TLS_PRIVATE_KEY = ConfigKey.of("orders.tls.privateKey", "ORDERS_TLS_PRIVATE_KEY");

    /**
     * {@code orders.tls.privateKeyPassword}, environment {@code ORDERS_TLS_PRIVATE_KEY_PASSWORD}: The password of an encrypted private key.
     */
    public static final ConfigKey TLS_PRIVATE_KEY_PASSWORD = ConfigKey.secret("orders.tls.privateKeyPassword", "ORDERS_TLS_PRIVATE_KEY_PASSWORD");

    /**
     * {@code orders.tls.keyStore}, environment {@code ORDERS_TLS_KEY_STORE}: PKCS12 or JKS key store with the client's key and certificate chain, for mutual TLS; instead of the
     * PEM files.
     */
    public static final ConfigKey TLS_KEY_STORE = ConfigKey.of("orders.tls.keyStore", "ORDERS_TLS_KEY_STORE");

    /**
     * {@code orders.tls.keyStorePassword}, environment {@code ORDERS_TLS_KEY_STORE_PASSWORD}: The password of the key store and its key.
     */
    public static final ConfigKey TLS_KEY_STORE_PASSWORD = ConfigKey.secret("orders.tls.keyStorePassword", "ORDERS_TLS_KEY_STORE_PASSWORD");

    /**
     * {@code orders.tls.trustStore}, environment {@code ORDERS_TLS_TRUST_STORE}: PKCS12 or JKS trust store of the CAs to trust, instead of tls.caBundle; default: the JVM's trust
     * store.
     */
    public static final ConfigKey TLS_TRUST_STORE = ConfigKey.of("orders.tls.trustStore", "ORDERS_TLS_TRUST_STORE");

    /**
     * {@code orders.tls.trustStorePassword}, environment {@code ORDERS_TLS_TRUST_STORE_PASSWORD}: The password of the trust store, if it has one.
     */
    public static final ConfigKey TLS_TRUST_STORE_PASSWORD = ConfigKey.secret("orders.tls.trustStorePassword", "ORDERS_TLS_TRUST_STORE_PASSWORD");

    /**
     * {@code orders.group}, environment {@code ORDERS_GROUP}: The consumer group of the handlers.
     */
    public static final ConfigKey GROUP = ConfigKey.of("orders.group", "ORDERS_GROUP");

    private static final List<ConfigKey> KEYS = List.of(CONFIG_FILE, SERVER, BROKER, TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD, GROUP);

    private static final List<ContractServer> SERVERS = List.of(
            ContractServer.of("production", "kafka-secure://kafka.shop.example:9093", "kafka-secure", true, List.of()));

    private static final TlsKeys TLS = new TlsKeys(TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD);

    private final ContractSettings settings;

    private OrdersConfig(ConfigSources sources) {
        this.settings = new ContractSettings(sources);
    }

    /**
     * Settings from system properties, environment variables and the config file: the one {@link #CONFIG_FILE} names, else the classpath resource {@code orders.properties} if there is one.
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
     * The transport for the server {@link #SERVER} names, or the contract's only server (at {@link #BROKER}, if set), found by its protocol among the transports on the class path, with TLS and credentials applied; plaintext only for a server the contract declares without TLS. Never the in-memory transport: a missing setting fails rather than drops messages.
     *
     * @return a transport builder, ready to build
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public EventTransport.Builder transport() {
        return settings.transport(BROKER, SERVER, SERVERS, TLS);
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
     * The consumer group of the handlers.
     *
     * @return the group; empty for the transport's default
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<String> group() {
        return settings.find(GROUP);
    }

    /**
     * Reads every setting now, so that a deployment mistake shows at start-up rather than at the first call.
     *
     * @return this config
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public OrdersConfig resolve() {
        transport();
        tls();
        group();
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
        private final ConfigSources.Builder sources = ConfigSources.builder().defaultFile(CONFIG_FILE, "orders.properties");

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
