package io.github.contractgen.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raw query string read as a server reads it, for test servers that check what a client sent.
 *
 * @since 0.1.0
 */
public final class QueryStrings {

    private QueryStrings() {}

    /**
     * The parameters of {@code rawQuery} (as sent, without {@code ?}), each name with its values in
     * order; names and values percent-decoded, {@code +} read as a space; a name without {@code =} has
     * the empty value. Empty for a null or empty query.
     */
    public static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
