package io.github.contractgen.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.testsupport.TestCertificates;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed settings: servers and variables, TLS files, required keys, event transports; every failure names its key. */
class ContractSettingsTest {

    static final ConfigKey BASE_URI = ConfigKey.of("shop.baseUri", "SHOP_BASE_URI");
    static final ConfigKey SERVER = ConfigKey.of("shop.server", "SHOP_SERVER");
    static final ConfigKey REGION = ConfigKey.of("shop.server.region", "SHOP_SERVER_REGION");
    static final ConfigKey TENANT = ConfigKey.of("shop.server.tenant", "SHOP_SERVER_TENANT");
    static final ConfigKey BROKER = ConfigKey.of("shop.broker", "SHOP_BROKER");
    static final ConfigKey USER = ConfigKey.of("shop.auth.scram.user", "SHOP_AUTH_SCRAM_USER");
    static final ConfigKey PASSWORD = ConfigKey.secret("shop.auth.scram.password", "SHOP_AUTH_SCRAM_PASSWORD");
    static final ConfigKey TIMEOUT = ConfigKey.of("shop.timeouts.connect", "SHOP_TIMEOUTS_CONNECT");
    static final TlsKeys TLS = new TlsKeys(ConfigKey.of("shop.tls.caBundle", "SHOP_TLS_CA_BUNDLE"),
            ConfigKey.of("shop.tls.certificateChain", "SHOP_TLS_CERTIFICATE_CHAIN"),
            ConfigKey.of("shop.tls.privateKey", "SHOP_TLS_PRIVATE_KEY"),
            ConfigKey.secret("shop.tls.privateKeyPassword", "SHOP_TLS_PRIVATE_KEY_PASSWORD"),
            ConfigKey.of("shop.tls.keyStore", "SHOP_TLS_KEY_STORE"),
            ConfigKey.secret("shop.tls.keyStorePassword", "SHOP_TLS_KEY_STORE_PASSWORD"),
            ConfigKey.of("shop.tls.trustStore", "SHOP_TLS_TRUST_STORE"),
            ConfigKey.secret("shop.tls.trustStorePassword", "SHOP_TLS_TRUST_STORE_PASSWORD"));

    static final List<ContractServer> REST = List.of(
            ContractServer.of("production", "https://{region}.shop.example/v1", "https", true,
                    List.of(new ContractServer.Variable("region", REGION, "eu", List.of("eu", "us")))),
            ContractServer.of("tenant", "https://{tenant}.shop.example", "https", true,
                    List.of(new ContractServer.Variable("tenant", TENANT, null, List.of()))),
            ContractServer.of("", "/v1", "", false, List.of()));

    static final List<ContractServer> BROKERS = List.of(
            new ContractServer("plain", "localhost:{port}", "loop", false,
                    List.of(new ContractServer.Variable("port", ConfigKey.of("shop.server.port", "SHOP_SERVER_PORT"), "1234", List.of())),
                    List.of(), List.of()),
            new ContractServer("secure", "loop-secure://broker.example:9093", "loop-secure", true, List.of(),
                    List.of(List.of(USER, PASSWORD)), List.of(new ContractServer.Login("scram", USER, PASSWORD, "SCRAM-SHA-512"))),
            ContractServer.of("other", "broker.example:5672", "amqp", false, List.of()));

    @TempDir
    static Path dir;

    static TestCertificates certs;

    @BeforeAll
    static void pki() {
        certs = TestCertificates.generate(dir);
    }

    private final Map<String, String> env = new HashMap<>();

    private ContractSettings settings() {
        return new ContractSettings(ConfigSources.builder().systemProperties(key -> null).environment(env::get).build());
    }

    @Test
    void theBaseUriIsTheFirstServerWithDefaultsUnlessChosenOrSet() {
        assertThat(settings().baseUri(BASE_URI, SERVER, REST)).isEqualTo(URI.create("https://eu.shop.example/v1"));
        env.put("SHOP_SERVER_REGION", "us");
        assertThat(settings().baseUri(BASE_URI, SERVER, REST)).isEqualTo(URI.create("https://us.shop.example/v1"));
        env.put("SHOP_SERVER", "tenant");
        env.put("SHOP_SERVER_TENANT", "acme");
        assertThat(settings().baseUri(BASE_URI, SERVER, REST)).isEqualTo(URI.create("https://acme.shop.example"));
        env.put("SHOP_BASE_URI", "http://127.0.0.1:8080/api");
        assertThat(settings().baseUri(BASE_URI, SERVER, REST)).isEqualTo(URI.create("http://127.0.0.1:8080/api"));
    }

    @Test
    void serverNamesMatchRegardlessOfCase() {
        env.put("SHOP_SERVER", "Tenant");
        env.put("SHOP_SERVER_TENANT", "acme");
        assertThat(settings().baseUri(BASE_URI, SERVER, REST)).isEqualTo(URI.create("https://acme.shop.example"));
    }

    @Test
    void aMissingOrWrongServerSettingNamesTheKeyAndWhereToSetIt() {
        env.put("SHOP_SERVER", "tenant");
        assertThatThrownBy(() -> settings().baseUri(BASE_URI, SERVER, REST)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("shop.server.tenant is not set").hasMessageContaining("environment variable SHOP_SERVER_TENANT");
        env.put("SHOP_SERVER", "staging");
        assertThatThrownBy(() -> settings().baseUri(BASE_URI, SERVER, REST))
                .hasMessage("shop.server is 'staging' (from environment variable SHOP_SERVER), which is none of the"
                        + " contract's servers: production, tenant, 3");
        env.put("SHOP_SERVER", "3");
        assertThatThrownBy(() -> settings().baseUri(BASE_URI, SERVER, REST)).hasMessageContaining("shop.baseUri is not set")
                .hasMessageContaining("server '/v1'").hasMessageContaining("SHOP_BASE_URI");
        env.put("SHOP_SERVER", "production");
        env.put("SHOP_SERVER_REGION", "mars");
        assertThatThrownBy(() -> settings().baseUri(BASE_URI, SERVER, REST)).hasMessageContaining("shop.server.region is 'mars'")
                .hasMessageContaining("allows only [eu, us]");
    }

    @Test
    void tlsFromPemFiles() {
        assertThat(settings().tls(TLS)).isEmpty();
        env.put("SHOP_TLS_CA_BUNDLE", certs.caBundle().toString());
        assertThat(settings().tls(TLS)).hasValueSatisfying(tls -> assertThat(tls.hasClientCertificate()).isFalse());
        env.put("SHOP_TLS_CERTIFICATE_CHAIN", certs.clientCertificateChain().toString());
        assertThatThrownBy(() -> settings().tls(TLS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.tls.privateKey is not set, but shop.tls.certificateChain is");
        env.put("SHOP_TLS_PRIVATE_KEY", certs.clientKeyEncrypted().toString());
        env.put("SHOP_TLS_PRIVATE_KEY_PASSWORD", new String(certs.password()));
        assertThat(settings().tls(TLS)).hasValueSatisfying(tls -> assertThat(tls.hasClientCertificate()).isTrue());
        env.put("SHOP_TLS_PRIVATE_KEY", dir.resolve("missing.pem").toString());
        assertThatThrownBy(() -> settings().tls(TLS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("shop.tls.privateKey").hasMessageContaining("missing.pem")
                .hasMessageNotContaining(new String(certs.password()));
    }

    @Test
    void tlsFromKeyStoresOfEitherTypeButNeverMixedWithPemFiles() {
        String password = new String(certs.password());
        env.put("SHOP_TLS_TRUST_STORE", certs.trustStoreJks().toString());
        env.put("SHOP_TLS_TRUST_STORE_PASSWORD", password);
        assertThat(settings().tls(TLS)).hasValueSatisfying(tls -> assertThat(tls.hasClientCertificate()).isFalse());
        env.put("SHOP_TLS_KEY_STORE_PASSWORD", password);
        assertThatThrownBy(() -> settings().tls(TLS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.tls.keyStore is not set, but shop.tls.keyStorePassword is");
        env.put("SHOP_TLS_KEY_STORE", certs.clientKeyStore().toString());
        assertThat(settings().tls(TLS)).hasValueSatisfying(tls -> assertThat(tls.hasClientCertificate()).isTrue());

        env.put("SHOP_TLS_CA_BUNDLE", certs.caBundle().toString());
        assertThatThrownBy(() -> settings().tls(TLS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.tls.caBundle and shop.tls.keyStore are both set: TLS comes either from PEM"
                        + " files (shop.tls.caBundle, shop.tls.certificateChain, shop.tls.privateKey,"
                        + " shop.tls.privateKeyPassword) or from key stores (shop.tls.keyStore, shop.tls.keyStorePassword,"
                        + " shop.tls.trustStore, shop.tls.trustStorePassword), not from both")
                .hasMessageContaining("environment variable SHOP_TLS_CA_BUNDLE")
                .hasMessageNotContaining(password);

        env.remove("SHOP_TLS_CA_BUNDLE");
        env.put("SHOP_TLS_KEY_STORE_PASSWORD", "wrong-password");
        assertThatThrownBy(() -> settings().tls(TLS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TLS settings shop.tls.keyStore, shop.tls.trustStore: ")
                .hasMessageNotContaining("wrong-password");
    }

    @Test
    void requiredKeysAreNamedWithEveryPlace() {
        settings().requireAny(List.of(), "nothing");
        settings().requireAny(List.of(List.of(USER), List.of()), "an empty alternative");
        assertThatThrownBy(() -> settings().requireAny(List.of(List.of(USER, PASSWORD), List.of(TLS.certificateChain())), "the api"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("the api: set shop.auth.scram.user (system property shop.auth.scram.user, environment variable"
                        + " SHOP_AUTH_SCRAM_USER, or shop.auth.scram.user in no config file) and shop.auth.scram.password"
                        + " (system property shop.auth.scram.password, environment variable SHOP_AUTH_SCRAM_PASSWORD, or a file"
                        + " named by shop.auth.scram.password.file / SHOP_AUTH_SCRAM_PASSWORD_FILE (secrets are never read from"
                        + " no config file)); or shop.tls.certificateChain (system property shop.tls.certificateChain,"
                        + " environment variable SHOP_TLS_CERTIFICATE_CHAIN, or shop.tls.certificateChain in no config file)");
        env.put("SHOP_AUTH_SCRAM_USER", "u");
        env.put("SHOP_AUTH_SCRAM_PASSWORD", "p");
        settings().requireAny(List.of(List.of(USER, PASSWORD)), "met");
    }

    @Test
    void theKeysOfOneCredentialComeTogether() {
        assertThat(settings().all(List.of(USER, PASSWORD))).isEmpty();
        env.put("SHOP_AUTH_SCRAM_USER", "alice");
        assertThatThrownBy(() -> settings().all(List.of(USER, PASSWORD))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.auth.scram.password is not set (system property shop.auth.scram.password,")
                .hasMessageEndingWith("but shop.auth.scram.user is: one credential needs all of [shop.auth.scram.user, shop.auth.scram.password]");
        env.put("SHOP_AUTH_SCRAM_PASSWORD", "pw");
        assertThat(settings().all(List.of(USER, PASSWORD))).contains(List.of("alice", "pw"));
    }

    @Test
    void durationsAndDescriptions() {
        env.put("SHOP_TIMEOUTS_CONNECT", "PT2S");
        env.put("SHOP_AUTH_SCRAM_PASSWORD", "hunter2");
        assertThat(settings().duration(TIMEOUT)).contains(Duration.ofSeconds(2));
        assertThat(settings().describe(List.of(TIMEOUT, USER, PASSWORD))).isEqualTo("[shop.timeouts.connect=PT2S"
                + " (environment variable SHOP_TIMEOUTS_CONNECT), shop.auth.scram.password=**** (environment variable"
                + " SHOP_AUTH_SCRAM_PASSWORD)]");
        env.put("SHOP_TIMEOUTS_CONNECT", "2s");
        assertThatThrownBy(() -> settings().duration(TIMEOUT)).hasMessageContaining("shop.timeouts.connect is '2s'")
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void aPasswordInAUriIsMaskedInDescriptionsAndMessages() {
        env.put("SHOP_BASE_URI", "https://alice:hunter2@shop.example/v1");
        env.put("SHOP_BROKER", "kafka://tok3n@broker.example:9093");
        assertThat(settings().describe(List.of(BASE_URI, BROKER))).isEqualTo("[shop.baseUri=https://alice:***@shop.example/v1"
                + " (environment variable SHOP_BASE_URI), shop.broker=kafka://***@broker.example:9093 (environment variable"
                + " SHOP_BROKER)]");
        env.put("SHOP_BASE_URI", "ftp://alice:hunter2@shop.example/v1");
        assertThatThrownBy(() -> settings().baseUri(BASE_URI, SERVER, REST)).isInstanceOf(ConfigException.class)
                .hasMessage("shop.baseUri is 'ftp://alice:***@shop.example/v1' (from environment variable SHOP_BASE_URI):"
                        + " not an absolute http or https URI");
    }

    @Test
    void noServerChosenAmongSeveralFailsNamingTheKeyAndTheServers() {
        assertThatThrownBy(() -> settings().transport(BROKER, SERVER, BROKERS, TLS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("shop.server is not set: the contract lists several servers plain, secure, other")
                .hasMessageContaining("SHOP_SERVER");
    }

    @Test
    void noServerChosenTakesTheContractsOnlyServerAndItsSecurity() {
        List<ContractServer> only = List.of(ContractServer.of("production", "loop-secure://broker.example:9093",
                "loop-secure", true, List.of()));
        LoopbackProvider.Recording secure = (LoopbackProvider.Recording) settings().transport(BROKER, SERVER, only, TLS);
        assertThat(secure.hostPort).isEqualTo("broker.example:9093");
        assertThat(secure.tls).isNotNull();
        assertThat(secure.plaintext).isFalse();
    }

    @Test
    void aChosenServerGivesItsProtocolsTransportWithTlsAndLogin() {
        env.put("SHOP_SERVER", "plain");
        LoopbackProvider.Recording plain = (LoopbackProvider.Recording) settings().transport(BROKER, SERVER, BROKERS, TLS);
        assertThat(plain.hostPort).isEqualTo("localhost:1234");
        assertThat(plain.tls).isNull();
        assertThat(plain.plaintext).as("the contract declares the server without TLS").isTrue();
        env.put("SHOP_SERVER", "secure");
        assertThatThrownBy(() -> settings().transport(BROKER, SERVER, BROKERS, TLS))
                .hasMessageStartingWith("server 'secure' requires credentials: set shop.auth.scram.user");
        env.put("SHOP_AUTH_SCRAM_USER", "alice");
        env.put("SHOP_AUTH_SCRAM_PASSWORD", "wonderland");
        env.put("SHOP_BROKER", "127.0.0.1:19093");
        LoopbackProvider.Recording secure = (LoopbackProvider.Recording) settings().transport(BROKER, SERVER, BROKERS, TLS);
        assertThat(secure.hostPort).isEqualTo("127.0.0.1:19093");
        assertThat(secure.tls).isNotNull();
        assertThat(secure.saslMechanism).isEqualTo("SCRAM-SHA-512");
        assertThat(List.of(secure.username, secure.password)).containsExactly("alice", "wonderland");
        env.put("SHOP_TLS_CA_BUNDLE", certs.caBundle().toString());
        TlsConfig configured = ((LoopbackProvider.Recording) settings().transport(BROKER, SERVER, BROKERS, TLS)).tls;
        assertThat(configured.trustManagers()).isNotEmpty();
    }

    @Test
    void aProtocolWithoutItsModuleNamesTheArtifact() {
        env.put("SHOP_SERVER", "other");
        assertThatThrownBy(() -> settings().transport(BROKER, SERVER, BROKERS, TLS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no event transport for protocol 'amqp'")
                .hasMessageContaining("pass your own with the builder's transport(...)");
        List<ContractServer> kafka = List.of(ContractServer.of("k", "broker:9092", "kafka", false, List.of()));
        env.put("SHOP_SERVER", "k");
        assertThatThrownBy(() -> settings().transport(BROKER, SERVER, kafka, TLS))
                .hasMessageContaining("add the dependency io.github.contractgen:contractgen-runtime-kafka");
        env.remove("SHOP_SERVER");
        env.put("SHOP_BROKER", "b:1");
        assertThatThrownBy(() -> settings().transport(BROKER, SERVER, BROKERS, TLS))
                .hasMessageStartingWith("shop.server is not set: shop.broker is, and the contract lists several servers");
    }
}
