package io.github.contractgen.runtime.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where the settings of a generated {@code <Service>Config} come from, looked up in this order: values
 * set on the builder, system properties, environment variables, then the config file.
 *
 * <p>The order follows the usual rule that the more specific, later-bound place wins: a value in code
 * beats a {@code -D} flag, which beats the deployment's environment, which beats the file shipped with
 * the application. A blank value counts as not set, so the generated {@code .properties} file can list
 * every key with an empty value. Secrets skip the config file: a secret found there is an error rather
 * than silently used, because a file in the application's resources ends up in its artifact and its
 * repository. Environment and system properties are read through functions so that tests can pass a
 * map instead of changing the process's environment. Immutable and thread-safe when the functions are.
 *
 * @since 0.1.0
 */
public final class ConfigSources {

    private final Map<String, String> values;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Properties file;
    private final String fileName;

    private ConfigSources(Builder builder, Properties file, String fileName) {
        this.values = Map.copyOf(builder.values);
        this.systemProperties = builder.systemProperties;
        this.environment = builder.environment;
        this.file = file;
        this.fileName = fileName;
    }

    /** A builder reading the real system properties and environment, and no file. */
    public static Builder builder() {
        return new Builder();
    }

    /** The value of {@code key}, or empty when no source sets it. */
    public Optional<String> find(ConfigKey key) {
        Objects.requireNonNull(key, "key");
        return lookup(key).map(Found::value);
    }

    /** Where {@code key} could have been set, for an error message: every place, in lookup order. */
    public String places(ConfigKey key) {
        String places = "system property " + key.property() + ", environment variable " + key.environment();
        if (key.secret()) {
            return places + ", or a file named by " + key.secretFile().property() + " / " + key.secretFile().environment()
                    + " (secrets are never read from " + fileName + ")";
        }
        return places + ", or " + key.property() + " in " + fileName;
    }

    /** Where {@code key}'s value comes from ({@code environment variable PETSTORE_X}), never the value itself. */
    public Optional<String> origin(ConfigKey key) {
        Optional<String> direct = plain(key).map(Found::origin);
        if (direct.isPresent() || !key.secret()) {
            return direct;
        }
        return plain(key.secretFile()).map(found -> "secret file from " + found.origin());
    }

    /** The config file's name as messages show it: a path, a classpath resource, or "no config file". */
    public String fileName() {
        return fileName;
    }

    private Optional<Found> lookup(ConfigKey key) {
        Optional<Found> found = plain(key);
        if (found.isPresent() || !key.secret()) {
            return found;
        }
        if (!blank(file.getProperty(key.property()))) {
            throw new ConfigException(key.property() + " is a secret and must not be in " + fileName
                    + ": remove it there and set " + places(key));
        }
        return plain(key.secretFile()).map(path -> new Found(readSecret(key, path), "secret file"));
    }

    /** The builder, system properties, environment; then the file, for a key that is not a secret. */
    private Optional<Found> plain(ConfigKey key) {
        if (!blank(values.get(key.property()))) {
            return Optional.of(new Found(values.get(key.property()).strip(), "the builder"));
        }
        String value = systemProperties.apply(key.property());
        if (!blank(value)) {
            return Optional.of(new Found(value.strip(), "system property " + key.property()));
        }
        value = environment.apply(key.environment());
        if (!blank(value)) {
            return Optional.of(new Found(value.strip(), "environment variable " + key.environment()));
        }
        value = key.secret() ? null : file.getProperty(key.property());
        return blank(value) ? Optional.empty() : Optional.of(new Found(value.strip(), fileName));
    }

    private static String readSecret(ConfigKey key, Found path) {
        try {
            return Files.readString(Path.of(path.value()), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            // The path is not secret; the content, which is not shown, is.
            throw new ConfigException("cannot read the secret file " + path.value() + " named by " + path.origin()
                    + " for " + key.property() + ": " + e, e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Found(String value, String origin) {}

    /**
     * Configures {@link ConfigSources}; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Map<String, String> values = new TreeMap<>();
        private Function<String, String> systemProperties = System::getProperty;
        private Function<String, String> environment = System::getenv;
        private Path path;
        private String resource;
        private ConfigKey fileKey;
        private String defaultResource;

        private Builder() {}

        /** Sets {@code property} in code: it wins over every other source. */
        public Builder set(String property, String value) {
            values.put(Objects.requireNonNull(property, "property"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Where system properties come from; defaults to {@link System#getProperty(String)}. */
        public Builder systemProperties(Function<String, String> systemProperties) {
            this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
            return this;
        }

        /** Where environment variables come from; defaults to {@link System#getenv(String)}. */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** The config file, a {@code .properties} file in UTF-8; it must exist. */
        public Builder file(Path path) {
            this.path = Objects.requireNonNull(path, "path");
            this.resource = null;
            return this;
        }

        /** The config file as a classpath resource ({@code petstore.properties}); it must exist. */
        public Builder classpathResource(String name) {
            this.resource = Objects.requireNonNull(name, "name");
            this.path = null;
            return this;
        }

        /**
         * The config file when neither {@link #file} nor {@link #classpathResource} is called: the path
         * that {@code fileKey} names (from the builder, a system property or the environment; it must then
         * exist), else the classpath resource {@code resource} if there is one.
         */
        public Builder defaultFile(ConfigKey fileKey, String resource) {
            this.fileKey = Objects.requireNonNull(fileKey, "fileKey");
            this.defaultResource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** Reads the config file, if any. @throws ConfigException when a named file cannot be read */
        public ConfigSources build() {
            if (path == null && resource == null && fileKey != null) {
                ConfigSources early = new ConfigSources(this, new Properties(), "no config file");
                Optional<String> named = early.find(fileKey);
                if (named.isPresent()) {
                    return withFile(Path.of(named.get()), early.origin(fileKey).orElseThrow());
                }
                return optionalResource(defaultResource);
            }
            if (path != null) {
                return withFile(path, "the builder");
            }
            return resource == null ? new ConfigSources(this, new Properties(), "no config file") : requiredResource(resource);
        }

        private ConfigSources withFile(Path file, String namedBy) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return new ConfigSources(this, load(reader), "config file " + file);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read the config file " + file + " (named by " + namedBy + "): " + e, e);
            }
        }

        private ConfigSources requiredResource(String name) {
            if (loader().getResource(name) == null) {
                throw new ConfigException("the config file " + name + " is not on the classpath");
            }
            return optionalResource(name);
        }

        private ConfigSources optionalResource(String name) {
            try (InputStream in = loader().getResourceAsStream(name)) {
                if (in == null) {
                    return new ConfigSources(this, new Properties(), "no config file (" + name + " is not on the classpath)");
                }
                return new ConfigSources(this, load(new InputStreamReader(in, StandardCharsets.UTF_8)),
                        "classpath resource " + name);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read the config file " + name + " from the classpath: " + e, e);
            }
        }

        private static Properties load(Reader reader) throws IOException {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        }

        private static ClassLoader loader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : ConfigSources.class.getClassLoader();
        }
    }
}
