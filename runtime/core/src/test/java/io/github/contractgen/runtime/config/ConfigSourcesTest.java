package io.github.contractgen.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookup order, blank values, secrets and config files, with maps in place of the real environment. */
class ConfigSourcesTest {

    static final ConfigKey CA = ConfigKey.of("petstore.tls.caBundle", "PETSTORE_TLS_CA_BUNDLE");
    static final ConfigKey TOKEN = ConfigKey.secret("petstore.auth.bearer.token", "PETSTORE_AUTH_BEARER_TOKEN");
    static final ConfigKey FILE = ConfigKey.of("petstore.configFile", "PETSTORE_CONFIG_FILE");

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("petstore.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void builderBeatsSystemPropertiesBeatEnvironmentBeatsTheFile() throws IOException {
        Path file = file("petstore.tls.caBundle=from-file\n");
        Map<String, String> props = Map.of("petstore.tls.caBundle", "from-property");
        Map<String, String> env = Map.of("PETSTORE_TLS_CA_BUNDLE", "from-env");
        assertThat(sources(file, Map.of(), Map.of()).find(CA)).contains("from-file");
        assertThat(sources(file, Map.of(), env).find(CA)).contains("from-env");
        assertThat(sources(file, props, env).find(CA)).contains("from-property");
        ConfigSources all = ConfigSources.builder().set(CA.property(), "from-builder").systemProperties(props::get)
                .environment(env::get).file(file).build();
        assertThat(all.find(CA)).contains("from-builder");
        assertThat(all.origin(CA)).contains("the builder");
        assertThat(sources(file, Map.of(), env).origin(CA)).contains("environment variable PETSTORE_TLS_CA_BUNDLE");
    }

    @Test
    void blankValuesCountAsUnset() throws IOException {
        ConfigSources sources = sources(file("petstore.tls.caBundle=   \n"), Map.of(), Map.of("PETSTORE_TLS_CA_BUNDLE", ""));
        assertThat(sources.find(CA)).isEmpty();
        assertThat(sources.places(CA)).isEqualTo("system property petstore.tls.caBundle, environment variable"
                + " PETSTORE_TLS_CA_BUNDLE, or petstore.tls.caBundle in config file " + dir.resolve("petstore.properties"));
    }

    @Test
    void aSecretInTheConfigFileIsRefusedWithoutShowingIt() throws IOException {
        ConfigSources sources = sources(file("petstore.auth.bearer.token=s3cr3t\n"), Map.of(), Map.of());
        assertThatThrownBy(() -> sources.find(TOKEN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("petstore.auth.bearer.token is a secret and must not be in config file")
                .hasMessageContaining("PETSTORE_AUTH_BEARER_TOKEN")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aSecretComesFromTheEnvironmentOrASecretFile() throws IOException {
        assertThat(sources(file(""), Map.of(), Map.of("PETSTORE_AUTH_BEARER_TOKEN", "t1")).find(TOKEN)).contains("t1");
        Path secret = dir.resolve("token.txt");
        Files.writeString(secret, "t2\n");
        ConfigSources viaFile = sources(file("petstore.auth.bearer.token.file=" + secret.toString().replace('\\', '/') + "\n"),
                Map.of(), Map.of());
        assertThat(viaFile.find(TOKEN)).contains("t2");
        assertThat(viaFile.origin(TOKEN)).hasValueSatisfying(origin -> assertThat(origin).startsWith("secret file from config file"));
        ConfigSources missing = sources(file(""), Map.of(), Map.of("PETSTORE_AUTH_BEARER_TOKEN_FILE", dir.resolve("nope").toString()));
        assertThatThrownBy(() -> missing.find(TOKEN)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read the secret file").hasMessageContaining("PETSTORE_AUTH_BEARER_TOKEN_FILE");
    }

    @Test
    void theDefaultFileIsNamedByAKeyOrIsAnOptionalClasspathResource() throws IOException {
        Path file = file("petstore.tls.caBundle=named\n");
        ConfigSources named = ConfigSources.builder().systemProperties(key -> null)
                .environment(Map.of("PETSTORE_CONFIG_FILE", file.toString())::get)
                .defaultFile(FILE, "petstore.properties").build();
        assertThat(named.find(CA)).contains("named");
        ConfigSources resource = ConfigSources.builder().systemProperties(key -> null).environment(key -> null)
                .defaultFile(FILE, "config-test/petstore.properties").build();
        assertThat(resource.find(CA)).contains("from-classpath");
        assertThat(resource.fileName()).isEqualTo("classpath resource config-test/petstore.properties");
        ConfigSources none = ConfigSources.builder().systemProperties(key -> null).environment(key -> null)
                .defaultFile(FILE, "absent.properties").build();
        assertThat(none.find(CA)).isEmpty();
        assertThatThrownBy(() -> ConfigSources.builder().systemProperties(key -> null).environment(key -> null)
                        .set(FILE.property(), dir.resolve("nope.properties").toString()).defaultFile(FILE, "x").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.properties")
                .hasMessageContaining("named by the builder");
        assertThatThrownBy(() -> ConfigSources.builder().classpathResource("absent.properties").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("absent.properties is not on the classpath");
    }

    private static ConfigSources sources(Path file, Map<String, String> props, Map<String, String> env) {
        return ConfigSources.builder().systemProperties(props::get).environment(env::get).file(file).build();
    }
}
