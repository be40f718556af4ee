package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.Redaction;
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
 * observer data or logs), and its {@link #redaction()} masks the same values wherever a server echoes them.
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

    /** Every value collected here, to mask wherever a server might echo it. */
    synchronized Redaction redaction() {
        Redaction.Builder secrets = Redaction.builder();
        headers.values().forEach(header -> secrets.headerValue(header[1]));
        query.forEach(parameter -> secrets.secret(parameter[1]));
        cookies.forEach(cookie -> secrets.secret(cookie[1]));
        return secrets.build();
    }
}
