package io.github.contractgen.generator.emit.config;

import io.github.contractgen.generator.naming.ConfigNames;
import io.github.contractgen.generator.naming.NameScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Allocates a service's keys: one per suffix, in the order first asked for, with unique constants. */
final class KeySet {

    /** The config class's own static members, which no key constant may take. */
    private static final Set<String> MEMBERS = Set.of("KEYS", "SERVERS", "TLS", "REQUIRED");

    private final String prefix;
    private final NameScope constants = new NameScope(MEMBERS);
    private final Map<String, ConfigPlan.Key> bySuffix = new LinkedHashMap<>();

    KeySet(String prefix) {
        this.prefix = prefix;
    }

    ConfigPlan.Key plain(String suffix, String doc) {
        return add(suffix, false, doc);
    }

    ConfigPlan.Key secret(String suffix, String doc) {
        return add(suffix, true, doc);
    }

    private ConfigPlan.Key add(String suffix, boolean secret, String doc) {
        return bySuffix.computeIfAbsent(suffix, s -> {
            String property = prefix + "." + s;
            return new ConfigPlan.Key(constants.allocate(ConfigNames.constantName(s)), s, property,
                    ConfigNames.environmentName(property), secret, doc);
        });
    }

    /**
     * The keys grouped as a reader looks for them (the file, the server, where, TLS, limits, credentials),
     * in the order asked for within a group.
     */
    List<ConfigPlan.Key> keys() {
        List<ConfigPlan.Key> keys = new ArrayList<>(bySuffix.values());
        keys.sort(Comparator.comparingInt(key -> rank(key.suffix())));
        return keys;
    }

    private static int rank(String suffix) {
        if (suffix.equals("configFile")) {
            return 0;
        }
        if (suffix.equals("server") || suffix.startsWith("server.")) {
            return 1;
        }
        if (suffix.startsWith("tls.")) {
            return 3;
        }
        if (suffix.startsWith("auth.")) {
            return 5;
        }
        return List.of("baseUri", "broker", "target").contains(suffix) ? 2 : 4;
    }
}
