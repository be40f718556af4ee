package io.github.contractgen.runtime.events;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An unmodifiable, name-sorted copy of a message's headers or bindings.
 *
 * <p>A type of its own so that a map already copied is recognised and passed on as it is: a message
 * travels through several records (outgoing, the copy with observer headers, incoming), and each used
 * to copy the same few entries into a fresh {@link TreeMap}.
 */
final class SortedStrings extends AbstractMap<String, String> {

    private final Map<String, String> entries;

    private SortedStrings(TreeMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** {@code map} itself when it is already such a copy, else a checked copy; {@code what} names it in errors. */
    static Map<String, String> of(Map<String, String> map, String what) {
        Objects.requireNonNull(map, what);
        if (map instanceof SortedStrings) {
            return map;
        }
        TreeMap<String, String> copy = new TreeMap<>();
        map.forEach((name, value) -> copy.put(Objects.requireNonNull(name, what + " name"),
                Objects.requireNonNull(value, () -> what + " '" + name + "' is null")));
        return new SortedStrings(copy);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public String get(Object name) {
        return name == null ? null : entries.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return name != null && entries.containsKey(name);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
