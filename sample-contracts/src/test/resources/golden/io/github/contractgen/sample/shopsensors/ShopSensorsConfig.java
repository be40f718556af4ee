package io.github.contractgen.sample.shopsensors;

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
 * Settings of Shop Sensors from configuration, for {@code ShopSensorsEvents.builder().config(...)}.
 *
 * <p>Each key is looked up, in order, in the values set on {@link Builder}, the system properties,
 * the environment variables and the config file; a blank value counts as unset. Secrets (passwords,
 * tokens) are never read from the config file: set them as a system property, an environment variable,
 * or in a file named by the key plus {@code .file} (environment: plus {@code _FILE}). A setting made
 * on the client's builder wins over this config. A key the contract makes required and that is not set
 * fails {@code build()} with a message naming it and where it can be set.
 *
 * <ul>
 *   <li>{@code shopsensors.configFile} / {@code SHOPSENSORS_CONFIG_FILE}
 *   <li>{@code shopsensors.server} / {@code SHOPSENSORS_SERVER}
 *   <li>{@code shopsensors.broker} / {@code SHOPSENSORS_BROKER}
 *   <li>{@code shopsensors.tls.caBundle} / {@code SHOPSENSORS_TLS_CA_BUNDLE}
 *   <li>{@code shopsensors.tls.certificateChain} / {@code SHOPSENSORS_TLS_CERTIFICATE_CHAIN}
 *   <li>{@code shopsensors.tls.privateKey} / {@code SHOPSENSORS_TLS_PRIVATE_KEY}
 *   <li>{@code shopsensors.tls.privateKeyPassword} / {@code SHOPSENSORS_TLS_PRIVATE_KEY_PASSWORD} (secret)
 *   <li>{@code shopsensors.tls.keyStore} / {@code SHOPSENSORS_TLS_KEY_STORE}
 *   <li>{@code shopsensors.tls.keyStorePassword} / {@code SHOPSENSORS_TLS_KEY_STORE_PASSWORD} (secret)
 *   <li>{@code shopsensors.tls.trustStore} / {@code SHOPSENSORS_TLS_TRUST_STORE}
 *   <li>{@code shopsensors.tls.trustStorePassword} / {@code SHOPSENSORS_TLS_TRUST_STORE_PASSWORD} (secret)
 *   <li>{@code shopsensors.group} / {@code SHOPSENSORS_GROUP}
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
public final class ShopSensorsConfig {
    /**
     * {@code shopsensors.configFile}, environment {@code SHOPSENSORS_CONFIG_FILE}: The config file to read; default: the classpath resource named for the prefix, if present.
     */
    public static final ConfigKey CONFIG_FILE = ConfigKey.of("shopsensors.configFile", "SHOPSENSORS_CONFIG_FILE");

    /**
     * {@code shopsensors.server}, environment {@code SHOPSENSORS_SERVER}: Which of the contract's servers to connect to, by name; default: the contract's only server
     * (required when it lists several).
     */
    public static final ConfigKey SERVER = ConfigKey.of("shopsensors.server", "SHOPSENSORS_SERVER");

    /**
     * {@code shopsensors.broker}, environment {@code SHOPSENSORS_BROKER}: The broker's host:port, instead of the chosen server's (which still gives protocol and security).
     */
    public static final ConfigKey BROKER = ConfigKey.of("shopsensors.broker", "SHOPSENSORS_BROKER");

    /**
     * {@code shopsensors.tls.caBundle}, environment {@code SHOPSENSORS_TLS_CA_BUNDLE}: PEM file of the CAs to trust; default: the JVM's trust store.
     */
    public static final ConfigKey TLS_CA_BUNDLE = ConfigKey.of("shopsensors.tls.caBundle", "SHOPSENSORS_TLS_CA_BUNDLE");

    /**
     * {@code shopsensors.tls.certificateChain}, environment {@code SHOPSENSORS_TLS_CERTIFICATE_CHAIN}: PEM file of the client certificate chain, for mutual TLS.
     */
    public static final ConfigKey TLS_CERTIFICATE_CHAIN = ConfigKey.of("shopsensors.tls.certificateChain", "SHOPSENSORS_TLS_CERTIFICATE_CHAIN");

    /**
     * {@code shopsensors.tls.privateKey}, environment {@code SHOPSENSORS_TLS_PRIVATE_KEY}: PEM file of the client's PKCS#8 private key, for mutual TLS.
     */
    public static final ConfigKey TLS_PRIVATE_KEY = ConfigKey.of("shopsensors.tls.privateKey", "SHOPSENSORS_TLS_PRIVATE_KEY");

    /**
     * {@code shopsensors.tls.privateKeyPassword}, environment {@code SHOPSENSORS_TLS_PRIVATE_KEY_PASSWORD}: The password of an encrypted private key.
     */
    public static final ConfigKey TLS_PRIVATE_KEY_PASSWORD = ConfigKey.secret("shopsensors.tls.privateKeyPassword", "SHOPSENSORS_TLS_PRIVATE_KEY_PASSWORD");

    /**
     * {@code shopsensors.tls.keyStore}, environment {@code SHOPSENSORS_TLS_KEY_STORE}: PKCS12 or JKS key store with the client's key and certificate chain, for mutual TLS; instead of the
     * PEM files.
     */
    public static final ConfigKey TLS_KEY_STORE = ConfigKey.of("shopsensors.tls.keyStore", "SHOPSENSORS_TLS_KEY_STORE");

    /**
     * {@code shopsensors.tls.keyStorePassword}, environment {@code SHOPSENSORS_TLS_KEY_STORE_PASSWORD}: The password of the key store and its key.
     */
    public static final ConfigKey TLS_KEY_STORE_PASSWORD = ConfigKey.secret("shopsensors.tls.keyStorePassword", "SHOPSENSORS_TLS_KEY_STORE_PASSWORD");

    /**
     * {@code shopsensors.tls.trustStore}, environment {@code SHOPSENSORS_TLS_TRUST_STORE}: PKCS12 or JKS trust store of the CAs to trust, instead of tls.caBundle; default: the JVM's trust
     * store.
     */
    public static final ConfigKey TLS_TRUST_STORE = ConfigKey.of("shopsensors.tls.trustStore", "SHOPSENSORS_TLS_TRUST_STORE");

    /**
     * {@code shopsensors.tls.trustStorePassword}, environment {@code SHOPSENSORS_TLS_TRUST_STORE_PASSWORD}: The password of the trust store, if it has one.
     */
    public static final ConfigKey TLS_TRUST_STORE_PASSWORD = ConfigKey.secret("shopsensors.tls.trustStorePassword", "SHOPSENSORS_TLS_TRUST_STORE_PASSWORD");

    /**
     * {@code shopsensors.group}, environment {@code SHOPSENSORS_GROUP}: The consumer group of the handlers.
     */
    public static final ConfigKey GROUP = ConfigKey.of("shopsensors.group", "SHOPSENSORS_GROUP");

    private static final List<ConfigKey> KEYS = List.of(CONFIG_FILE, SERVER, BROKER, TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD, GROUP);

    private static final List<ContractServer> SERVERS = List.of(
            ContractServer.of("shop", "secure-mqtt://mqtt.shop.example:8883", "secure-mqtt", true, List.of()));

    private static final TlsKeys TLS = new TlsKeys(TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD);

    private final ContractSettings settings;

    private ShopSensorsConfig(ConfigSources sources) {
        this.settings = new ContractSettings(sources);
    }

    /**
     * Settings from system properties, environment variables and the config file: the one {@link #CONFIG_FILE} names, else the classpath resource {@code shopsensors.properties} if there is one.
     *
     * @return the config over the default sources
     * @throws io.github.contractgen.runtime.config.ConfigException when a named config file cannot be read
     */
    public static ShopSensorsConfig fromEnvironment() {
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
    public ShopSensorsConfig resolve() {
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
        return "ShopSensorsConfig" + settings.describe(KEYS);
    }

    /**
     * Chooses where the settings of a {@link ShopSensorsConfig} come from; not thread-safe.
     */
    public static final class Builder {
        private final ConfigSources.Builder sources = ConfigSources.builder().defaultFile(CONFIG_FILE, "shopsensors.properties");

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
        public ShopSensorsConfig build() {
            return new ShopSensorsConfig(sources.build());
        }
    }
}
