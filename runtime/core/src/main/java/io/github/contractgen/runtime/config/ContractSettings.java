package io.github.contractgen.runtime.config;

import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.EventTransports;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the typed settings a generated {@code <Service>Config} offers from its {@link ConfigSources}:
 * servers and their variables, TLS files, durations, required credentials, an event transport.
 *
 * <p>Generated config classes only declare their contract's keys and servers and call this class, so
 * that how a setting is read and how a missing one is reported is written once for every service.
 * Every failure is a {@link ConfigException} naming the key and every place it could have been set.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractSettings {

    private final ConfigSources sources;
    private final ServerSelection servers;

    public ContractSettings(ConfigSources sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.servers = new ServerSelection(sources);
    }

    public ConfigSources sources() {
        return sources;
    }

    public Optional<String> find(ConfigKey key) {
        return sources.find(key);
    }

    /** The value of {@code key}. @throws ConfigException naming the key, {@code what} it is, and where to set it */
    public String require(ConfigKey key, String what) {
        return sources.find(key).orElseThrow(() -> new ConfigException(
                key.property() + " is not set: " + what + "; set " + sources.places(key)));
    }

    /** An ISO-8601 duration such as {@code PT10S}. */
    public Optional<Duration> duration(ConfigKey key) {
        return sources.find(key).map(text -> {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new ConfigException(invalid(key, text) + ": not an ISO-8601 duration such as PT10S or PT0.5S", e);
            }
        });
    }

    /** {@code true} or {@code false}, in any case. */
    public Optional<Boolean> flag(ConfigKey key) {
        return sources.find(key).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(invalid(key, text) + ": expected true or false");
        });
    }

    /**
     * The base URI of a REST service: {@code baseUriKey} when set, else the server {@code serverKey}
     * names (the contract's first server when unset) with its variables filled in.
     *
     * @throws ConfigException when neither gives an absolute http(s) URI, naming both keys
     */
    public URI baseUri(ConfigKey baseUriKey, ConfigKey serverKey, List<ContractServer> contractServers) {
        Optional<String> set = sources.find(baseUriKey);
        if (set.isPresent()) {
            return absolute(set.get()).orElseThrow(() -> new ConfigException(
                    invalid(baseUriKey, set.get()) + ": not an absolute http or https URI"));
        }
        Optional<ContractServer> chosen = servers.chosen(serverKey, contractServers)
                .or(() -> contractServers.stream().findFirst());
        String url = chosen.map(servers::expand).orElse("");
        return absolute(url).orElseThrow(() -> new ConfigException(baseUriKey.property() + " is not set"
                + (chosen.isEmpty() ? " and the contract lists no server" : " and server '" + chosen.get().url()
                        + "' (" + serverKey.property() + ") is not an absolute URI")
                + ": set " + sources.places(baseUriKey) + ", or call baseUri(...) on the builder"));
    }

    /**
     * TLS from PEM files (a client certificate with its key and the CA bundle, if set, or trust in the CA
     * bundle alone) or from key stores (PKCS12 or JKS: a client identity, a trust store, or both); empty
     * when none of them is set.
     *
     * @throws ConfigException when keys of both kinds are set, naming one of each, or a set is incomplete
     */
    public Optional<TlsConfig> tls(TlsKeys keys) {
        return new TlsSettings(sources).read(keys);
    }

    /**
     * Checks that at least one of {@code alternatives} is fully set; nothing is required when there are
     * none or one is empty.
     *
     * @param what what needs the keys, and how else it can be given, for the message
     */
    public void requireAny(List<List<ConfigKey>> alternatives, String what) {
        if (alternatives.isEmpty() || alternatives.stream().anyMatch(keys -> keys.stream().allMatch(this::isSet))) {
            return;
        }
        throw new ConfigException(what + ": set " + alternatives.stream()
                .map(keys -> keys.stream().filter(key -> !isSet(key))
                        .map(key -> key.property() + " (" + sources.places(key) + ")")
                        .collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; or ")));
    }

    /**
     * The values of {@code keys} when all are set (the parts of one credential), empty when none is.
     *
     * @throws ConfigException when only some are set, naming the missing ones
     */
    public Optional<List<String>> all(List<ConfigKey> keys) {
        List<ConfigKey> missing = keys.stream().filter(key -> !isSet(key)).toList();
        if (missing.size() == keys.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new ConfigException(missing.stream().map(key -> key.property() + " is not set (" + sources.places(key) + ")")
                    .collect(Collectors.joining("; ")) + ", but " + keys.stream().filter(this::isSet).map(ConfigKey::property)
                    .collect(Collectors.joining(" and ")) + " is: one credential needs all of " + keys);
        }
        return Optional.of(keys.stream().map(key -> sources.find(key).orElseThrow()).toList());
    }

    /**
     * The event transport for the server {@code serverKey} names (at the broker {@code brokerKey} names,
     * if set), with TLS and credentials applied. Without {@code serverKey} the contract's only server is
     * taken; with several, or none, this fails naming {@code serverKey}: a deployment that forgot the
     * setting must not fall back to an in-memory transport that silently drops every message.
     *
     * <p>TLS follows the server's protocol ({@code kafka-secure}, {@code mqtts}, ...) or the TLS keys;
     * a server the contract declares without TLS ({@code kafka}, {@code mqtt}) gets
     * {@link EventTransport.Builder#plaintext()}, as an {@code http://} server does for REST clients.
     */
    public EventTransport.Builder transport(ConfigKey brokerKey, ConfigKey serverKey,
            List<ContractServer> contractServers, TlsKeys tlsKeys) {
        Optional<String> broker = sources.find(brokerKey);
        Optional<ContractServer> chosen = servers.chosen(serverKey, contractServers);
        ContractServer server = chosen.orElseGet(() -> onlyServer(brokerKey, serverKey, contractServers));
        String address = broker.orElseGet(() -> withoutScheme(servers.expand(server)));
        requireAny(server.required(), "server '" + server.name() + "' requires credentials");
        Optional<ContractServer.Login> login = server.logins().stream()
                .filter(candidate -> isSet(candidate.user()) && isSet(candidate.password())).findFirst();
        EventTransport.Builder builder = EventTransports.builder(server.protocol(), address,
                login.map(ContractServer.Login::saslMechanism).orElse(null));
        Optional<TlsConfig> tls = tls(tlsKeys);
        if (tls.isPresent() || server.tls()) {
            builder.tls(tls.orElseGet(TlsConfig::systemDefault));
        } else {
            builder.plaintext();
        }
        login.ifPresent(found -> builder.credentials(sources.find(found.user()).orElseThrow(),
                sources.find(found.password()).orElseThrow()));
        return builder;
    }

    /**
     * The keys that are set and where from, for a config's {@code toString}: secrets as {@code ****}, and
     * the password in a URI's user information ({@code https://user:pw@host}) as {@code ***}.
     */
    public String describe(List<ConfigKey> keys) {
        return keys.stream().filter(key -> sources.origin(key).isPresent())
                .map(key -> key.property() + "=" + (key.secret() ? "****" : Redaction.userInfo(sources.find(key).orElseThrow()))
                        + " (" + sources.origin(key).orElseThrow() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Looked up as a value is, so that a secret misplaced in the config file is reported as such. */
    private boolean isSet(ConfigKey key) {
        return sources.find(key).isPresent();
    }

    private ContractServer onlyServer(ConfigKey brokerKey, ConfigKey serverKey, List<ContractServer> contractServers) {
        if (contractServers.size() == 1) {
            return contractServers.get(0);
        }
        String why = sources.find(brokerKey).isPresent() ? brokerKey.property() + " is, and " : "";
        throw new ConfigException(serverKey.property() + " is not set: " + why
                + (contractServers.isEmpty() ? "the contract lists no server to take the protocol from"
                        : "the contract lists several servers " + contractServers.stream().map(ContractServer::name)
                                .collect(Collectors.joining(", ")))
                + "; set " + sources.places(serverKey) + " to the server to connect to");
    }

    private String invalid(ConfigKey key, String value) {
        return key.property() + " is '" + (key.secret() ? "****" : Redaction.userInfo(value)) + "' (from "
                + sources.origin(key).orElseThrow() + ")";
    }

    private static Optional<URI> absolute(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty(); // the caller reports the key and the value
        }
    }

    private static String withoutScheme(String url) {
        int scheme = url.indexOf("://");
        return scheme < 0 ? url : url.substring(scheme + 3);
    }
}
