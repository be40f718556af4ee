package io.github.contractgen.generator.emit.client;

import io.github.contractgen.generator.model.SecurityScheme;
import io.github.contractgen.generator.naming.JavaNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The names of the {@code <Service>Auth} factories: named for the kind of credential ({@code apiKey},
 * {@code basic}, {@code bearer}, {@code clientCredentials}, {@code oauth2}); when several schemes would
 * share a name, each of those also carries its scheme's name ({@code apiKeyHeader}, {@code apiKeyQuery}).
 * The config emitter calls the factories by these names too.
 */
public final class AuthNames {

    private final Map<String, Long> users;

    private AuthNames(List<SecurityScheme> schemes) {
        this.users = schemes.stream().flatMap(scheme -> kinds(scheme).stream())
                .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
    }

    /** The names for a service with {@code schemes}. */
    public static AuthNames of(List<SecurityScheme> schemes) {
        return new AuthNames(schemes);
    }

    /**
     * The factory of {@code scheme} that takes plain strings (key; user and password; token; client id and
     * secret), or empty for a scheme without one (mutual TLS, unsupported, broker logins).
     */
    public Optional<String> stringFactory(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case API_KEY -> Optional.of(name(scheme, "apiKey"));
            case HTTP_BASIC -> Optional.of(name(scheme, "basic"));
            case HTTP_BEARER -> Optional.of(name(scheme, "bearer"));
            case OAUTH2_CLIENT_CREDENTIALS -> Optional.of(name(scheme, "clientCredentials"));
            case OAUTH2_OTHER -> Optional.of(name(scheme, "oauth2"));
            default -> Optional.empty();
        };
    }

    /** {@code kind}, or the kind qualified by the scheme's name when several schemes share it. */
    String name(SecurityScheme scheme, String kind) {
        if (users.getOrDefault(kind, 0L) <= 1) {
            return kind;
        }
        String own = JavaNames.memberName(scheme.name());
        return own.toLowerCase(Locale.ROOT).startsWith(kind.toLowerCase(Locale.ROOT))
                ? own
                : JavaNames.memberName(kind + JavaNames.typeName(scheme.name()));
    }

    /** The unqualified names of a scheme's factories. */
    private static List<String> kinds(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case API_KEY -> List.of("apiKey");
            case HTTP_BASIC -> List.of("basic");
            case HTTP_BEARER -> List.of("bearer");
            case OAUTH2_CLIENT_CREDENTIALS -> List.of("clientCredentials", "oauth2");
            case OAUTH2_OTHER -> List.of("oauth2");
            default -> List.of();
        };
    }
}
