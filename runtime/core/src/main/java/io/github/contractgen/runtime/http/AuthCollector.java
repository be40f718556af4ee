package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.auth.AuthTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Collects what credentials put on one attempt's request. Everything here is secret: it is merged into
 * the request at the last moment and nowhere else (never into {@code ResponseInfo}, exception messages,
 * observer data or logs).
 */
final class AuthCollector implements AuthTarget {

    private final Map<String, String[]> headers = new LinkedHashMap<>();
    private final List<String[]> query = new ArrayList<>();
    private final List<String[]> cookies = new ArrayList<>();

    @Override
    public synchronized void header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT),
                new String[] {name, Objects.requireNonNull(value, "value")});
    }

    @Override
    public synchronized void query(String name, String value) {
        query.add(new String[] {Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")});
    }

    @Override
    public synchronized void cookie(String name, String value) {
        cookies.add(new String[] {Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")});
    }

    /** Header name and value pairs, the name as the credential spelled it. */
    synchronized List<String[]> headers() {
        return List.copyOf(headers.values());
    }

    /** Whether a credential set header {@code name} (any case). */
    synchronized boolean setsHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    synchronized List<String[]> query() {
        return List.copyOf(query);
    }

    synchronized List<String[]> cookies() {
        return List.copyOf(cookies);
    }
}
