package io.github.contractgen.generator.emit.config;

import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.client.AuthNames;
import io.github.contractgen.generator.emit.grpc.RpcEmitContext;
import io.github.contractgen.generator.model.EventService;
import io.github.contractgen.generator.model.SecurityRequirement;
import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.model.Server;
import io.github.contractgen.generator.naming.ConfigNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plans the {@code <Service>Config} of each kind of service from the contract model. */
public final class ConfigPlans {

    /** AsyncAPI protocols that always run over TLS. */
    private static final Set<String> SECURE_PROTOCOLS = Set.of("https", "wss", "kafka-secure", "mqtts", "secure-mqtt",
            "amqps", "stomps", "ibmmq-secure");
    /** Ports that by convention speak TLS: MQTT over TLS, Kafka's usual SSL listener, HTTPS. */
    private static final Set<String> SECURE_PORTS = Set.of("8883", "9093", "443");

    private ConfigPlans() {}

    /** The config of a REST client. */
    public static ConfigPlan rest(EmitContext context) {
        String serviceId = ConfigNames.serviceId(context.contract().path(), context.service().name());
        KeySet keys = new KeySet(serviceId);
        common(keys);
        keys.plain("server", "Which of the contract's servers to use, by name or position (1, 2, ...); default: the first.");
        List<ConfigPlan.ServerPlan> servers = servers(keys, context.service().servers(), server -> false,
                server -> List.of(), server -> List.of());
        keys.plain("baseUri", "The base URI, instead of a server of the contract.");
        tls(keys);
        keys.plain("timeouts.connect", "How long to wait for a connection, TLS handshake included (ISO-8601, e.g. PT10S).");
        keys.plain("timeouts.request", "How long a whole call may take: every attempt, the waits between them and reading"
                + " the response (ISO-8601, e.g. PT30S).");
        keys.plain("timeouts.attempt", "How long one attempt may take, within timeouts.request; an attempt that takes"
                + " longer is retried (ISO-8601, e.g. PT5S; default: no bound of its own).");
        Map<String, SecurityScheme> schemes = schemes(context.service().securitySchemes());
        AuthNames names = AuthNames.of(context.service().securitySchemes());
        List<ConfigPlan.CredentialPlan> credentials = new ArrayList<>();
        for (SecurityScheme scheme : context.service().securitySchemes()) {
            Optional<String> factory = names.stringFactory(scheme);
            if (factory.isPresent()) {
                credentials.add(new ConfigPlan.CredentialPlan(scheme.name(), factory.get(), schemeKeys(keys, scheme).orElseThrow()));
            }
        }
        List<List<ConfigPlan.Key>> required = required(keys, context.service().security(), schemes);
        return new ConfigPlan(context.symbols().serviceClass("Config"), ConfigPlan.Kind.REST, serviceId,
                title(context), GeneratedAnnotation.of(context), keys.keys(), servers, required, credentials);
    }

    /** The config of an events class. */
    public static ConfigPlan events(EmitContext context, EventService events) {
        String serviceId = ConfigNames.serviceId(context.contract().path(), context.service().name());
        KeySet keys = new KeySet(serviceId);
        common(keys);
        keys.plain("server", "Which of the contract's servers to connect to, by name; default: the contract's only server"
                + " (required when it lists several).");
        Map<String, SecurityScheme> schemes = schemes(context.service().securitySchemes());
        Map<String, EventService.Broker> brokers = events.brokers().stream()
                .collect(Collectors.toMap(EventService.Broker::name, broker -> broker));
        List<ConfigPlan.ServerPlan> servers = servers(keys, context.service().servers(),
                server -> secure(brokerOf(brokers, server), server, schemes),
                server -> required(keys, brokerOf(brokers, server).map(EventService.Broker::security).orElse(List.of()), schemes),
                server -> logins(keys, brokerOf(brokers, server), schemes));
        keys.plain("broker", "The broker's host:port, instead of the chosen server's (which still gives protocol and security).");
        tls(keys);
        keys.plain("group", "The consumer group of the handlers.");
        return new ConfigPlan(context.symbols().serviceClass("Config"), ConfigPlan.Kind.EVENTS, serviceId,
                title(context), GeneratedAnnotation.of(context), keys.keys(), servers, List.of(), List.of());
    }

    /** The config of a gRPC client: the contract names no server, so only where and how to connect. */
    public static ConfigPlan grpc(RpcEmitContext context) {
        String serviceId = ConfigNames.serviceId(context.file().path(), context.service().name());
        KeySet keys = new KeySet(serviceId);
        common(keys);
        keys.plain("target", "The server: host:port or a gRPC target URI such as dns:///host:443.");
        tls(keys);
        keys.plain("plaintext", "true for no TLS at all: for a sidecar or a test on loopback, never across a network.");
        keys.plain("deadline", "The deadline of each unary call that sets none itself (ISO-8601, e.g. PT2S).");
        keys.plain("keepAlive.time", "Keep-alive: how long a connection with open calls may receive nothing before a"
                + " ping (ISO-8601; gRPC waits at least PT10S); default: no pings.");
        keys.plain("keepAlive.timeout", "Keep-alive: how long to wait for the ping's answer before dropping the connection"
                + " (ISO-8601); default PT20S. Needs keepAlive.time.");
        return new ConfigPlan(context.names().facadeClass("Config"), ConfigPlan.Kind.GRPC, serviceId,
                context.service().name(),
                GeneratedAnnotation.of(context.generatorVersion(), context.contractSource()), keys.keys(), List.of(), List.of(), List.of());
    }

    private static void common(KeySet keys) {
        keys.plain("configFile", "The config file to read; default: the classpath resource named for the prefix, if present.");
    }

    /**
     * The TLS keys: CA bundle, certificate chain, private key, key password (PEM), then key store, its
     * password, trust store, its password (PKCS12 or JKS, told apart by content); the two ways exclude
     * each other.
     */
    private static List<ConfigPlan.Key> tls(KeySet keys) {
        return List.of(keys.plain("tls.caBundle", "PEM file of the CAs to trust; default: the JVM's trust store."),
                keys.plain("tls.certificateChain", "PEM file of the client certificate chain, for mutual TLS."),
                keys.plain("tls.privateKey", "PEM file of the client's PKCS#8 private key, for mutual TLS."),
                keys.secret("tls.privateKeyPassword", "The password of an encrypted private key."),
                keys.plain("tls.keyStore", "PKCS12 or JKS key store with the client's key and certificate chain, for"
                        + " mutual TLS; instead of the PEM files."),
                keys.secret("tls.keyStorePassword", "The password of the key store and its key."),
                keys.plain("tls.trustStore", "PKCS12 or JKS trust store of the CAs to trust, instead of tls.caBundle;"
                        + " default: the JVM's trust store."),
                keys.secret("tls.trustStorePassword", "The password of the trust store, if it has one."));
    }

    private static String title(EmitContext context) {
        return context.service().title().isBlank() ? context.service().name() : context.service().title();
    }

    private static List<ConfigPlan.ServerPlan> servers(KeySet keys, List<Server> servers, Function<Server, Boolean> tls,
            Function<Server, List<List<ConfigPlan.Key>>> required, Function<Server, List<ConfigPlan.Login>> logins) {
        List<ConfigPlan.ServerPlan> plans = new ArrayList<>();
        for (Server server : servers) {
            List<ConfigPlan.Variable> variables = server.variables().stream()
                    .map(variable -> new ConfigPlan.Variable(variable.name(),
                            keys.plain("server." + ConfigNames.segment(variable.name()), "Server variable '" + variable.name()
                                    + "'" + (variable.description().isBlank() ? "" : ": " + variable.description().strip())),
                            variable.defaultValue().isEmpty() ? null : variable.defaultValue(), variable.allowedValues()))
                    .toList();
            String protocol = protocol(server.url());
            plans.add(new ConfigPlan.ServerPlan(server.name(), server.url(), protocol,
                    protocol.equals("https") || tls.apply(server), variables, required.apply(server), logins.apply(server)));
        }
        return plans;
    }

    private static String protocol(String url) {
        int colon = url.indexOf("://");
        return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static Optional<EventService.Broker> brokerOf(Map<String, EventService.Broker> brokers, Server server) {
        return Optional.ofNullable(brokers.get(server.name()));
    }

    private static boolean secure(Optional<EventService.Broker> broker, Server server, Map<String, SecurityScheme> schemes) {
        if (broker.isEmpty()) {
            return false;
        }
        String url = ServerUrls.expandDefaults(server);
        String port = url.substring(url.lastIndexOf(':') + 1).replaceAll("[^0-9].*$", "");
        return SECURE_PROTOCOLS.contains(broker.get().protocol()) || SECURE_PORTS.contains(port)
                || broker.get().security().stream().flatMap(requirement -> requirement.schemeNames().stream())
                        .map(schemes::get).anyMatch(scheme -> scheme != null && scheme.type() == SecurityScheme.Type.MUTUAL_TLS);
    }

    private static List<ConfigPlan.Login> logins(KeySet keys, Optional<EventService.Broker> broker, Map<String, SecurityScheme> schemes) {
        List<ConfigPlan.Login> logins = new ArrayList<>();
        broker.map(EventService.Broker::security).orElse(List.of()).stream()
                .flatMap(requirement -> requirement.schemeNames().stream()).distinct()
                .map(schemes::get).filter(scheme -> scheme != null && mechanism(scheme) != null)
                .forEach(scheme -> {
                    List<ConfigPlan.Key> login = schemeKeys(keys, scheme).orElseThrow();
                    String mechanism = mechanism(scheme);
                    logins.add(new ConfigPlan.Login(scheme.name(), login.get(0), login.get(1), mechanism.isEmpty() ? null : mechanism));
                });
        return logins;
    }

    /** The SASL mechanism of a broker login scheme, {@code ""} for the transport's default; null for other schemes. */
    private static String mechanism(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case USER_PASSWORD -> "";
            case SASL_PLAIN -> "PLAIN";
            case SASL_SCRAM_SHA_256 -> "SCRAM-SHA-256";
            case SASL_SCRAM_SHA_512 -> "SCRAM-SHA-512";
            default -> null;
        };
    }

    /** Each alternative's keys; an alternative config cannot satisfy (an unsupported scheme) is left out. */
    private static List<List<ConfigPlan.Key>> required(KeySet keys, List<SecurityRequirement> alternatives,
            Map<String, SecurityScheme> schemes) {
        List<List<ConfigPlan.Key>> required = new ArrayList<>();
        for (SecurityRequirement alternative : alternatives) {
            List<List<ConfigPlan.Key>> ways = List.of(List.of());
            boolean possible = true;
            for (String name : alternative.schemeNames()) {
                SecurityScheme scheme = schemes.get(name);
                Optional<List<ConfigPlan.Key>> found = Optional.ofNullable(scheme).flatMap(s -> schemeKeys(keys, s));
                possible &= found.isPresent();
                if (found.isPresent()) {
                    // A client certificate comes from PEM files or from a key store: either way meets the scheme.
                    ways = combine(ways, scheme.type() == SecurityScheme.Type.MUTUAL_TLS
                            ? List.of(found.get(), List.of(tls(keys).get(4))) : List.of(found.get()));
                }
            }
            if (possible) {
                required.addAll(ways);
            }
        }
        return required;
    }

    /** Every way of {@code ways} extended by every option, each without repeated keys. */
    private static List<List<ConfigPlan.Key>> combine(List<List<ConfigPlan.Key>> ways, List<List<ConfigPlan.Key>> options) {
        List<List<ConfigPlan.Key>> combined = new ArrayList<>();
        for (List<ConfigPlan.Key> way : ways) {
            for (List<ConfigPlan.Key> option : options) {
                List<ConfigPlan.Key> keys = new ArrayList<>(way);
                option.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
                combined.add(keys);
            }
        }
        return combined;
    }

    /** The keys a scheme's credential is made of, or empty when config cannot supply it. */
    private static Optional<List<ConfigPlan.Key>> schemeKeys(KeySet keys, SecurityScheme scheme) {
        String auth = "auth." + ConfigNames.segment(scheme.name()) + ".";
        String of = " of security scheme '" + scheme.name() + "'";
        return Optional.ofNullable(switch (scheme.type()) {
            case API_KEY -> List.of(keys.secret(auth + "key", "The API key" + of + "."));
            case HTTP_BASIC, USER_PASSWORD, SASL_PLAIN, SASL_SCRAM_SHA_256, SASL_SCRAM_SHA_512 -> List.of(
                    keys.plain(auth + "user", "The user name" + of + "."),
                    keys.secret(auth + "password", "The password" + of + "."));
            case HTTP_BEARER, OAUTH2_OTHER -> List.of(keys.secret(auth + "token", "The bearer token" + of + "."));
            case OAUTH2_CLIENT_CREDENTIALS -> List.of(
                    keys.plain(auth + "clientId", "The OAuth2 client id" + of + "."),
                    keys.secret(auth + "clientSecret", "The OAuth2 client secret" + of + "."));
            case MUTUAL_TLS -> tls(keys).subList(1, 3);
            case UNSUPPORTED -> null;
        });
    }

    private static Map<String, SecurityScheme> schemes(List<SecurityScheme> schemes) {
        return schemes.stream().collect(Collectors.toMap(SecurityScheme::name, scheme -> scheme));
    }

    /** Server URLs at their defaults, as the REST client's constants show them. */
    static final class ServerUrls {
        private ServerUrls() {}

        static String expandDefaults(Server server) {
            String url = server.url();
            for (Server.Variable variable : server.variables()) {
                url = url.replace("{" + variable.name() + "}", variable.defaultValue());
            }
            return url;
        }
    }
}
