package io.github.contractgen.runtime.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A server the contract lists, as a generated {@code <Service>Config} describes it.
 *
 * @param name the contract's name for it; unnamed servers are chosen by their position, {@code 1}, {@code 2}, ...
 * @param url the URL ({@code https://{region}.example.com/v1}) or, for a broker, {@code host:port}, with
 *     {@code {variable}} placeholders
 * @param protocol {@code https}, {@code kafka}, {@code kafka-secure}, {@code mqtt}, ... lower case
 * @param tls whether the contract says the server speaks TLS (protocol, well-known TLS port, or an X509 /
 *     mutual TLS security scheme)
 * @param variables the URL's variables
 * @param required the keys that must be set to connect to it, as alternatives: one inner list fully set
 *     is enough; empty when nothing is required
 * @param logins user name and password credentials its security schemes accept, in contract order
 * @since 0.1.0
 */
public record ContractServer(String name, String url, String protocol, boolean tls, List<Variable> variables,
        List<List<ConfigKey>> required, List<Login> logins) {

    public ContractServer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(protocol, "protocol");
        variables = List.copyOf(variables);
        required = required.stream().map(List::copyOf).toList();
        logins = List.copyOf(logins);
    }

    /** A server without security of its own (REST: security belongs to the service, not its servers). */
    public static ContractServer of(String name, String url, String protocol, boolean tls, List<Variable> variables) {
        return new ContractServer(name, url, protocol, tls, variables, List.of(), List.of());
    }

    /**
     * A server variable.
     *
     * @param name as the URL spells it
     * @param key where its value is set
     * @param defaultValue null when the contract gives none: the key is then required
     * @param allowed the values the contract allows; empty: any
     */
    public record Variable(String name, ConfigKey key, @Nullable String defaultValue, List<String> allowed) {
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            allowed = List.copyOf(allowed);
        }
    }

    /**
     * A user name and password login a broker accepts (AsyncAPI {@code userPassword}, {@code plain},
     * {@code scramSha256}, {@code scramSha512}).
     *
     * @param scheme the security scheme's name in the contract
     * @param user where the user name is set
     * @param password where the password is set (a secret)
     * @param saslMechanism {@code PLAIN}, {@code SCRAM-SHA-256}, {@code SCRAM-SHA-512}, or null to leave
     *     it to the transport
     */
    public record Login(String scheme, ConfigKey user, ConfigKey password, @Nullable String saslMechanism) {
        public Login {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }
    }
}
