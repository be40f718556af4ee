package io.github.contractgen.generator.emit.config;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@code <Service>Config} class says, decided before it is written: its keys, the
 * contract's servers and what they require, and for REST the credentials it makes.
 *
 * <p>The three kinds of service differ only in this plan and in a few accessors; the class around them
 * is written once by {@link ConfigClassEmitter}.
 *
 * @param configClass the class to write
 * @param kind which builder the config serves
 * @param serviceId the key prefix, e.g. {@code petstore}
 * @param title the service's title, for Javadoc
 * @param generated the file's {@code @Generated}
 * @param keys every key, in the order the class declares them
 * @param servers the contract's servers, in contract order
 * @param required REST: the key sets of which one must be set for the service's default security
 * @param credentials REST: the credentials made from keys, one per security scheme config can supply
 */
public record ConfigPlan(ClassName configClass, Kind kind, String serviceId, String title, AnnotationSpec generated,
        List<Key> keys, List<ServerPlan> servers, List<List<Key>> required, List<CredentialPlan> credentials) {

    public ConfigPlan {
        Objects.requireNonNull(configClass, "configClass");
        Objects.requireNonNull(kind, "kind");
        keys = List.copyOf(keys);
        servers = List.copyOf(servers);
        required = required.stream().map(List::copyOf).toList();
        credentials = List.copyOf(credentials);
    }

    /** The kind of builder the config fills. */
    public enum Kind { REST, GRPC, EVENTS }

    /** The key whose suffix (the part after the prefix) is {@code suffix}. */
    Key key(String suffix) {
        return keys.stream().filter(key -> key.suffix().equals(suffix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no config key " + suffix));
    }

    /**
     * One key.
     *
     * @param constant the Java constant, e.g. {@code TLS_CA_BUNDLE}
     * @param suffix after the prefix, e.g. {@code tls.caBundle}
     * @param property e.g. {@code petstore.tls.caBundle}
     * @param environment e.g. {@code PETSTORE_TLS_CA_BUNDLE}
     * @param secret never from the config file, never shown
     * @param doc one sentence for Javadoc and the properties file, plain text
     */
    public record Key(String constant, String suffix, String property, String environment, boolean secret, String doc) {}

    /** A server: see {@code ContractServer} in the runtime. {@code defaultValue} of a variable may be null. */
    public record ServerPlan(String name, String url, String protocol, boolean tls, List<Variable> variables,
            List<List<Key>> required, List<Login> logins) {}

    /** A server variable and its key; {@code defaultValue} null when the contract gives none. */
    public record Variable(String name, Key key, String defaultValue, List<String> allowed) {}

    /** A broker login; {@code saslMechanism} may be null. */
    public record Login(String scheme, Key user, Key password, String saslMechanism) {}

    /** A REST credential: {@code <Service>Auth.<factory>(values of keys...)}. */
    public record CredentialPlan(String scheme, String factory, List<Key> keys) {}
}
