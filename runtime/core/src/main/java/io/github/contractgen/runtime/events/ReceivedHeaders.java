package io.github.contractgen.runtime.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The received headers as observers may see them: looked up by name, ignoring case, secrets left out. */
final class ReceivedHeaders {

    /** Names that carry credentials or session state, as in HTTP, plus the usual custom ones. */
    private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key", "api-key");
    private static final String[] SECRET_PARTS = {"password", "secret", "token", "credential"};

    private ReceivedHeaders() {}

    /**
     * A lookup over {@code headers}; it scans them per call rather than building an index, since most
     * observers ask for one or two names and the no-op observer for none.
     */
    static Function<String, String> lookup(Map<String, String> headers) {
        return name -> {
            if (name == null || isSecret(name)) {
                return null;
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        };
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET.contains(lower)) {
            return true;
        }
        for (String part : SECRET_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
