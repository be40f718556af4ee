package io.github.contractgen.runtime.http;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Header names that carry secrets, and the copy of a header map that leaves them out. */
final class Headers {

    /** Request and response headers whose values are credentials or session state. */
    static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "set-cookie2", "proxy-authenticate-info", "x-api-key", "api-key");

    private Headers() {}

    static boolean isSecret(String name) {
        return SECRET.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Lower-case names, sorted, secrets removed, unmodifiable. */
    static Map<String, List<String>> safeCopy(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!isSecret(lower) && !lower.startsWith(":")) {
                copy.merge(lower, List.copyOf(values), (a, b) -> {
                    List<String> both = new java.util.ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                });
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
