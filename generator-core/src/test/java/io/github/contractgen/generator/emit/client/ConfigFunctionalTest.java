package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.config.ConfigException;
import io.github.contractgen.runtime.config.ConfigKey;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code PetstoreConfig}, compiled at test time: settings from a map standing in for the
 * environment, system properties and a config file reach the client's builder, a real HTTPS server on
 * 127.0.0.1 sees them, and a missing required key fails {@code build()} naming it.
 */
class ConfigFunctionalTest {

    private static final String PKG = "com.example.petstore.";

    @TempDir
    static Path dir;

    private static ClassLoader loader;
    private static TestCertificates certs;

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> props = new HashMap<>();

    @BeforeAll
    static void compile() {
        loader = ClientCompileTest.compile(Fixtures.context(Fixtures.petstore()));
        certs = TestCertificates.generate(dir);
    }

    private Object config(Object... fileAndKeys) throws Exception {
        Object builder = call(loader.loadClass(PKG + "PetstoreConfig"), "builder");
        call(builder, "environment", (java.util.function.Function<String, String>) env::get);
        call(builder, "systemProperties", (java.util.function.Function<String, String>) props::get);
        if (fileAndKeys.length > 0) {
            call(builder, "file", fileAndKeys[0]);
        }
        return call(builder, "build");
    }

    private Object clientBuilder(Object config) throws Exception {
        return call(call(loader.loadClass(PKG + "PetstoreClient"), "builder"), "config", config);
    }

    @Test
    void theEnvironmentConfiguresAClientOfARealHttpsServer() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "s3cr3t-token\n");
        try (TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(TestCertificates.ServerIdentity.GOOD), false)) {
            server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":7,\"name\":\"Rex\"}"));
            env.put("PETSTORE_BASE_URI", server.baseUri() + "/v1");
            env.put("PETSTORE_TLS_CA_BUNDLE", certs.caBundle().toString());
            env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN_FILE", token.toString());
            props.put("petstore.timeouts.request", "PT45S");
            Object config = config();
            assertThat(config.toString()).contains("petstore.auth.bearerAuth.token=**** (secret file from environment"
                    + " variable PETSTORE_AUTH_BEARER_AUTH_TOKEN_FILE)", "petstore.timeouts.request=PT45S (system property")
                    .doesNotContain("s3cr3t");
            Object client = call(clientBuilder(config), "build");
            try {
                Object pet = call(call(client, "pets"), "getPetById", "7");
                assertThat(call(pet, "name")).isEqualTo("Rex");
                assertThat(server.takeRequest().header("Authorization")).contains("Bearer s3cr3t-token");
            } finally {
                call(client, "close");
            }
        }
    }

    @Test
    void keyStoresFromTheEnvironmentGiveMutualTlsWithARealHttpsServerAndDoNotMixWithPemFiles() throws Exception {
        String password = new String(certs.password());
        try (TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(TestCertificates.ServerIdentity.GOOD), true)) {
            server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":3,\"name\":\"Tom\"}"));
            env.put("PETSTORE_BASE_URI", server.baseUri() + "/v1");
            env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN", "t");
            env.put("PETSTORE_TLS_KEY_STORE", certs.clientKeyStore().toString());
            env.put("PETSTORE_TLS_KEY_STORE_PASSWORD", password);
            env.put("PETSTORE_TLS_TRUST_STORE", certs.trustStoreJks().toString());
            env.put("PETSTORE_TLS_TRUST_STORE_PASSWORD", password);
            Object config = config();
            assertThat(config.toString()).contains("petstore.tls.keyStorePassword=**** (environment variable")
                    .doesNotContain(password);
            Object client = call(clientBuilder(config), "build");
            try {
                // The server requires a client certificate: the call succeeding proves the key store's went out.
                assertThat(call(call(call(client, "pets"), "getPetById", "3"), "name")).isEqualTo("Tom");
            } finally {
                call(client, "close");
            }

            props.put("petstore.tls.caBundle", certs.caBundle().toString());
            assertThatThrownBy(() -> call(clientBuilder(config()), "build")).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("petstore.tls.caBundle and petstore.tls.keyStore are both set")
                    .hasMessageContaining("system property petstore.tls.caBundle")
                    .hasMessageContaining("environment variable PETSTORE_TLS_KEY_STORE")
                    .hasMessageNotContaining(password);
        }
    }

    @Test
    void aMissingRequiredCredentialFailsBuildNamingTheKeyAndItsPlaces() throws Exception {
        Object builder = clientBuilder(config());
        assertThatThrownBy(() -> call(builder, "build")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("petstore: the contract's security requires credentials")
                .hasMessageContaining("petstore.auth.bearerAuth.token (system property petstore.auth.bearerAuth.token,"
                        + " environment variable PETSTORE_AUTH_BEARER_AUTH_TOKEN, or a file named by"
                        + " petstore.auth.bearerAuth.token.file / PETSTORE_AUTH_BEARER_AUTH_TOKEN_FILE");
        Object credential = call(loader.loadClass(PKG + "PetstoreAuth"), "apiKey", "k");
        Object credentials = java.lang.reflect.Array.newInstance(loader.loadClass("io.github.contractgen.runtime.auth.Credential"), 1);
        java.lang.reflect.Array.set(credentials, 0, credential);
        call(call(builder, "auth", credentials), "build"); // explicit credentials win: config is not asked for them
    }

    @Test
    void theConfigFileChoosesServerVariablesAndSystemPropertiesBeatTheEnvironment() throws Exception {
        Path file = dir.resolve("petstore.properties");
        Files.writeString(file, "petstore.server.region=us\npetstore.baseUri=\npetstore.timeouts.connect=PT3S\n");
        Object config = config(file);
        assertThat(call(config, "baseUri")).isEqualTo(URI.create("https://us.petstore.example/v1"));
        assertThat(call(config, "connectTimeout")).isEqualTo(java.util.Optional.of(Duration.ofSeconds(3)));
        env.put("PETSTORE_SERVER_REGION", "eu");
        assertThat(call(config(file), "baseUri")).isEqualTo(URI.create("https://eu.petstore.example/v1"));
        props.put("petstore.server.region", "mars");
        assertThatThrownBy(() -> call(config(file), "baseUri")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("petstore.server.region is 'mars' (from system property petstore.server.region)")
                .hasMessageContaining("allows only [eu, us]");
        props.clear();
        props.put("petstore.server", "2");
        assertThatThrownBy(() -> call(config(file), "resolve")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("petstore.baseUri is not set").hasMessageContaining("PETSTORE_BASE_URI");
    }

    @Test
    void aSecretInTheConfigFileIsRefused() throws Exception {
        Path file = dir.resolve("leaky.properties");
        Files.writeString(file, "petstore.auth.bearerAuth.token=leaked\n");
        assertThatThrownBy(() -> call(config(file), "credentials")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("petstore.auth.bearerAuth.token is a secret and must not be in config file")
                .hasMessageNotContaining("leaked");
    }

    @Test
    void explicitBuilderSettingsWinOverConfig() throws Exception {
        env.put("PETSTORE_BASE_URI", "http://127.0.0.1:1/unused");
        env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN", "t");
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":1,\"name\":\"Ada\"}"));
            Object builder = call(clientBuilder(config()), "baseUri", URI.create(server.baseUri() + "/v1"));
            Object client = call(builder, "build");
            try {
                assertThat(call(call(call(client, "pets"), "getPetById", "1"), "name")).isEqualTo("Ada");
            } finally {
                call(client, "close");
            }
        }
    }

    @Test
    void aPasswordInTheBaseUriIsMaskedInTheConfigsToString() throws Exception {
        env.put("PETSTORE_BASE_URI", "https://alice:hunter2@api.example/v1");
        env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN", "t0ken-hunter3");
        env.put("PETSTORE_TLS_KEY_STORE_PASSWORD", "hunter4");
        assertThat(call(config(), "toString")).asString()
                .contains("petstore.baseUri=https://alice:***@api.example/v1 (environment variable PETSTORE_BASE_URI)")
                .contains("petstore.auth.bearerAuth.token=****", "petstore.tls.keyStorePassword=****")
                .doesNotContain("hunter");
    }

    @Test
    void credentialsOverPlainHttpToAHostThatIsNotLoopbackAreRefusedUnlessTheBuilderAllowsThem() throws Exception {
        env.put("PETSTORE_BASE_URI", "http://api.example.invalid/v1");
        env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN", "t");
        assertThatThrownBy(() -> call(clientBuilder(config()), "build")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Petstore: refusing to send credentials [bearerAuth] over plain http to"
                        + " api.example.invalid")
                .hasMessageContaining("call allowCredentialsOverPlainHttp() on the client's builder");
        call(call(call(clientBuilder(config()), "allowCredentialsOverPlainHttp"), "build"), "close");

        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":2,\"name\":\"Bo\"}"));
            env.put("PETSTORE_BASE_URI", server.baseUri() + "/v1");
            Object client = call(clientBuilder(config()), "build");
            try {
                assertThat(call(call(call(client, "pets"), "getPetById", "2"), "name")).isEqualTo("Bo");
                assertThat(server.takeRequest().header("Authorization")).hasValue("Bearer t");
            } finally {
                call(client, "close");
            }
        }
    }

    @Test
    void anAttemptTimeoutFromConfigRetriesAStalledAttempt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        env.put("PETSTORE_AUTH_BEARER_AUTH_TOKEN", "t");
        try (TestHttpsServer server = TestHttpsServer.http()) {
            server.handle("/v1/pets/", request -> {
                if (requests.incrementAndGet() == 1) {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS); // the first attempt stalls
                }
                return TestResponse.json(200, "{\"id\":7,\"name\":\"Rex\"}");
            });
            env.put("PETSTORE_BASE_URI", server.baseUri() + "/v1");
            props.put("petstore.timeouts.attempt", "PT0.5S");
            Object client = call(clientBuilder(config()), "build");
            try {
                assertThat(call(call(call(client, "pets"), "getPetById", "7"), "name")).isEqualTo("Rex");
                assertThat(requests).hasValue(2);
            } finally {
                release.countDown();
                call(client, "close");
            }
        }
    }

    @Test
    void keysAreTheDocumentedNames() throws Exception {
        @SuppressWarnings("unchecked")
        List<ConfigKey> keys = (List<ConfigKey>) call(loader.loadClass(PKG + "PetstoreConfig"), "keys");
        assertThat(keys).extracting(ConfigKey::environment).contains("PETSTORE_TLS_CA_BUNDLE", "PETSTORE_SERVER_REGION",
                "PETSTORE_AUTH_API_KEY_KEY");
        assertThat(keys).filteredOn(ConfigKey::secret).extracting(ConfigKey::property).containsExactly(
                "petstore.tls.privateKeyPassword", "petstore.tls.keyStorePassword", "petstore.tls.trustStorePassword",
                "petstore.auth.apiKey.key", "petstore.auth.bearerAuth.token");
    }

}
