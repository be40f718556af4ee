package com.example.petstore;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.runtime.config.ConfigSources;
import io.github.contractgen.runtime.config.ContractServer;
import io.github.contractgen.runtime.config.ContractSettings;
import io.github.contractgen.runtime.config.TlsKeys;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Settings of Swagger Petstore from configuration, for {@code PetstoreClient.builder().config(...)}.
 *
 * <p>Each key is looked up, in order, in the values set on {@link Builder}, the system properties,
 * the environment variables and the config file; a blank value counts as unset. Secrets (passwords,
 * tokens) are never read from the config file: set them as a system property, an environment variable,
 * or in a file named by the key plus {@code .file} (environment: plus {@code _FILE}). A setting made
 * on the client's builder wins over this config. A key the contract makes required and that is not set
 * fails {@code build()} with a message naming it and where it can be set.
 *
 * <ul>
 *   <li>{@code petstore.configFile} / {@code PETSTORE_CONFIG_FILE}
 *   <li>{@code petstore.server} / {@code PETSTORE_SERVER}
 *   <li>{@code petstore.server.region} / {@code PETSTORE_SERVER_REGION}
 *   <li>{@code petstore.baseUri} / {@code PETSTORE_BASE_URI}
 *   <li>{@code petstore.tls.caBundle} / {@code PETSTORE_TLS_CA_BUNDLE}
 *   <li>{@code petstore.tls.certificateChain} / {@code PETSTORE_TLS_CERTIFICATE_CHAIN}
 *   <li>{@code petstore.tls.privateKey} / {@code PETSTORE_TLS_PRIVATE_KEY}
 *   <li>{@code petstore.tls.privateKeyPassword} / {@code PETSTORE_TLS_PRIVATE_KEY_PASSWORD} (secret)
 *   <li>{@code petstore.tls.keyStore} / {@code PETSTORE_TLS_KEY_STORE}
 *   <li>{@code petstore.tls.keyStorePassword} / {@code PETSTORE_TLS_KEY_STORE_PASSWORD} (secret)
 *   <li>{@code petstore.tls.trustStore} / {@code PETSTORE_TLS_TRUST_STORE}
 *   <li>{@code petstore.tls.trustStorePassword} / {@code PETSTORE_TLS_TRUST_STORE_PASSWORD} (secret)
 *   <li>{@code petstore.timeouts.connect} / {@code PETSTORE_TIMEOUTS_CONNECT}
 *   <li>{@code petstore.timeouts.request} / {@code PETSTORE_TIMEOUTS_REQUEST}
 *   <li>{@code petstore.timeouts.attempt} / {@code PETSTORE_TIMEOUTS_ATTEMPT}
 *   <li>{@code petstore.auth.apiKey.key} / {@code PETSTORE_AUTH_API_KEY_KEY} (secret)
 *   <li>{@code petstore.auth.bearerAuth.token} / {@code PETSTORE_AUTH_BEARER_AUTH_TOKEN} (secret)
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public final class PetstoreConfig {
    /**
     * {@code petstore.configFile}, environment {@code PETSTORE_CONFIG_FILE}: The config file to read; default: the classpath resource named for the prefix, if present.
     */
    public static final ConfigKey CONFIG_FILE = ConfigKey.of("petstore.configFile", "PETSTORE_CONFIG_FILE");

    /**
     * {@code petstore.server}, environment {@code PETSTORE_SERVER}: Which of the contract's servers to use, by name or position (1, 2, ...); default: the first.
     */
    public static final ConfigKey SERVER = ConfigKey.of("petstore.server", "PETSTORE_SERVER");

    /**
     * {@code petstore.server.region}, environment {@code PETSTORE_SERVER_REGION}: Server variable 'region'
     */
    public static final ConfigKey SERVER_REGION = ConfigKey.of("petstore.server.region", "PETSTORE_SERVER_REGION");

    /**
     * {@code petstore.baseUri}, environment {@code PETSTORE_BASE_URI}: The base URI, instead of a server of the contract.
     */
    public static final ConfigKey BASE_URI = ConfigKey.of("petstore.baseUri", "PETSTORE_BASE_URI");

    /**
     * {@code petstore.tls.caBundle}, environment {@code PETSTORE_TLS_CA_BUNDLE}: PEM file of the CAs to trust; default: the JVM's trust store.
     */
    public static final ConfigKey TLS_CA_BUNDLE = ConfigKey.of("petstore.tls.caBundle", "PETSTORE_TLS_CA_BUNDLE");

    /**
     * {@code petstore.tls.certificateChain}, environment {@code PETSTORE_TLS_CERTIFICATE_CHAIN}: PEM file of the client certificate chain, for mutual TLS.
     */
    public static final ConfigKey TLS_CERTIFICATE_CHAIN = ConfigKey.of("petstore.tls.certificateChain", "PETSTORE_TLS_CERTIFICATE_CHAIN");

    /**
     * {@code petstore.tls.privateKey}, environment {@code PETSTORE_TLS_PRIVATE_KEY}: PEM file of the client's PKCS#8 private key, for mutual TLS.
     */
    public static final ConfigKey TLS_PRIVATE_KEY = ConfigKey.of("petstore.tls.privateKey", "PETSTORE_TLS_PRIVATE_KEY");

    /**
     * {@code petstore.tls.privateKeyPassword}, environment {@code PETSTORE_TLS_PRIVATE_KEY_PASSWORD}: The password of an encrypted private key.
     */
    public static final ConfigKey TLS_PRIVATE_KEY_PASSWORD = ConfigKey.secret("petstore.tls.privateKeyPassword", "PETSTORE_TLS_PRIVATE_KEY_PASSWORD");

    /**
     * {@code petstore.tls.keyStore}, environment {@code PETSTORE_TLS_KEY_STORE}: PKCS12 or JKS key store with the client's key and certificate chain, for mutual TLS; instead of the
     * PEM files.
     */
    public static final ConfigKey TLS_KEY_STORE = ConfigKey.of("petstore.tls.keyStore", "PETSTORE_TLS_KEY_STORE");

    /**
     * {@code petstore.tls.keyStorePassword}, environment {@code PETSTORE_TLS_KEY_STORE_PASSWORD}: The password of the key store and its key.
     */
    public static final ConfigKey TLS_KEY_STORE_PASSWORD = ConfigKey.secret("petstore.tls.keyStorePassword", "PETSTORE_TLS_KEY_STORE_PASSWORD");

    /**
     * {@code petstore.tls.trustStore}, environment {@code PETSTORE_TLS_TRUST_STORE}: PKCS12 or JKS trust store of the CAs to trust, instead of tls.caBundle; default: the JVM's trust
     * store.
     */
    public static final ConfigKey TLS_TRUST_STORE = ConfigKey.of("petstore.tls.trustStore", "PETSTORE_TLS_TRUST_STORE");

    /**
     * {@code petstore.tls.trustStorePassword}, environment {@code PETSTORE_TLS_TRUST_STORE_PASSWORD}: The password of the trust store, if it has one.
     */
    public static final ConfigKey TLS_TRUST_STORE_PASSWORD = ConfigKey.secret("petstore.tls.trustStorePassword", "PETSTORE_TLS_TRUST_STORE_PASSWORD");

    /**
     * {@code petstore.timeouts.connect}, environment {@code PETSTORE_TIMEOUTS_CONNECT}: How long to wait for a connection, TLS handshake included (ISO-8601, e.g. PT10S).
     */
    public static final ConfigKey TIMEOUTS_CONNECT = ConfigKey.of("petstore.timeouts.connect", "PETSTORE_TIMEOUTS_CONNECT");

    /**
     * {@code petstore.timeouts.request}, environment {@code PETSTORE_TIMEOUTS_REQUEST}: How long a whole call may take: every attempt, the waits between them and reading the response
     * (ISO-8601, e.g. PT30S).
     */
    public static final ConfigKey TIMEOUTS_REQUEST = ConfigKey.of("petstore.timeouts.request", "PETSTORE_TIMEOUTS_REQUEST");

    /**
     * {@code petstore.timeouts.attempt}, environment {@code PETSTORE_TIMEOUTS_ATTEMPT}: How long one attempt may take, within timeouts.request; an attempt that takes longer is retried
     * (ISO-8601, e.g. PT5S; default: no bound of its own).
     */
    public static final ConfigKey TIMEOUTS_ATTEMPT = ConfigKey.of("petstore.timeouts.attempt", "PETSTORE_TIMEOUTS_ATTEMPT");

    /**
     * {@code petstore.auth.apiKey.key}, environment {@code PETSTORE_AUTH_API_KEY_KEY}: The API key of security scheme 'apiKey'.
     */
    public static final ConfigKey AUTH_API_KEY_KEY = ConfigKey.secret("petstore.auth.apiKey.key", "PETSTORE_AUTH_API_KEY_KEY");

    /**
     * {@code petstore.auth.bearerAuth.token}, environment {@code PETSTORE_AUTH_BEARER_AUTH_TOKEN}: The bearer token of security scheme 'bearerAuth'.
     */
    public static final ConfigKey AUTH_BEARER_AUTH_TOKEN = ConfigKey.secret("petstore.auth.bearerAuth.token", "PETSTORE_AUTH_BEARER_AUTH_TOKEN");

    private static final List<ConfigKey> KEYS = List.of(CONFIG_FILE, SERVER, SERVER_REGION, BASE_URI, TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD, TIMEOUTS_CONNECT, TIMEOUTS_REQUEST, TIMEOUTS_ATTEMPT, AUTH_API_KEY_KEY, AUTH_BEARER_AUTH_TOKEN);

    private static final List<ContractServer> SERVERS = List.of(
            ContractServer.of("production", "https://{region}.petstore.example/v1", "https", true, List.of(new ContractServer.Variable("region", SERVER_REGION, "eu", List.of("eu", "us")))),
            ContractServer.of("", "/v1", "", false, List.of()));

    /**
     * The credentials the contract's default security requires: one list fully set is enough.
     */
    private static final List<List<ConfigKey>> REQUIRED = List.of(List.of(AUTH_BEARER_AUTH_TOKEN));

    private static final TlsKeys TLS = new TlsKeys(TLS_CA_BUNDLE, TLS_CERTIFICATE_CHAIN, TLS_PRIVATE_KEY, TLS_PRIVATE_KEY_PASSWORD, TLS_KEY_STORE, TLS_KEY_STORE_PASSWORD, TLS_TRUST_STORE, TLS_TRUST_STORE_PASSWORD);

    private final ContractSettings settings;

    private PetstoreConfig(ConfigSources sources) {
        this.settings = new ContractSettings(sources);
    }

    /**
     * Settings from system properties, environment variables and the config file: the one {@link #CONFIG_FILE} names, else the classpath resource {@code petstore.properties} if there is one.
     *
     * @return the config over the default sources
     * @throws io.github.contractgen.runtime.config.ConfigException when a named config file cannot be read
     */
    public static PetstoreConfig fromEnvironment() {
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
     * The base URI: {@link #BASE_URI}, else the server {@link #SERVER} names (default: the contract's first) with its variables filled in.
     *
     * @return the URI every request path is resolved against
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public URI baseUri() {
        return settings.baseUri(BASE_URI, SERVER, SERVERS);
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
     * {@link #TIMEOUTS_CONNECT}, an ISO-8601 duration.
     *
     * @return the duration; empty when it is not set
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> connectTimeout() {
        return settings.duration(TIMEOUTS_CONNECT);
    }

    /**
     * {@link #TIMEOUTS_REQUEST}, an ISO-8601 duration.
     *
     * @return the duration; empty when it is not set
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> requestTimeout() {
        return settings.duration(TIMEOUTS_REQUEST);
    }

    /**
     * {@link #TIMEOUTS_ATTEMPT}, an ISO-8601 duration.
     *
     * @return the duration; empty when it is not set
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public Optional<Duration> attemptTimeout() {
        return settings.duration(TIMEOUTS_ATTEMPT);
    }

    /**
     * The credentials of every security scheme whose keys are set.
     *
     * @return the credentials, in the order of the contract's security schemes
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public List<Credential> credentials() {
        settings.requireAny(REQUIRED, "petstore: the contract's security requires credentials (or call auth(...) on the client's builder)");
        List<Credential> credentials = new ArrayList<>();
        settings.all(List.of(AUTH_API_KEY_KEY)).ifPresent(values -> credentials.add(PetstoreAuth.apiKey(values.get(0))));
        settings.all(List.of(AUTH_BEARER_AUTH_TOKEN)).ifPresent(values -> credentials.add(PetstoreAuth.bearer(values.get(0))));
        return credentials;
    }

    /**
     * Reads every setting now, so that a deployment mistake shows at start-up rather than at the first call.
     *
     * @return this config
     * @throws io.github.contractgen.runtime.config.ConfigException naming the key that is missing or invalid
     */
    public PetstoreConfig resolve() {
        baseUri();
        tls();
        connectTimeout();
        requestTimeout();
        attemptTimeout();
        credentials();
        return this;
    }

    /**
     * The keys that are set and where each comes from; secrets show as {@code ****}.
     *
     * @return the class name and the settings that are set, without secrets
     */
    @Override
    public String toString() {
        return "PetstoreConfig" + settings.describe(KEYS);
    }

    /**
     * Chooses where the settings of a {@link PetstoreConfig} come from; not thread-safe.
     */
    public static final class Builder {
        private final ConfigSources.Builder sources = ConfigSources.builder().defaultFile(CONFIG_FILE, "petstore.properties");

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
        public PetstoreConfig build() {
            return new PetstoreConfig(sources.build());
        }
    }
}
