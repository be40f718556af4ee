package io.github.contractgen.runtime.events;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable, name-sorted copy of a message's headers or bindings.
 *
 * <p>A type of its own so that a map already copied is recognised and passed on as it is: a message
 * travels through several records (outgoing, the copy with observer headers, incoming), and each used
 * to copy the same few entries into a fresh {@code TreeMap}. The entries sit in one array, names and
 * values alternating in name order, since a message has a handful of headers and every send copies
 * them: a tree (a node per entry, then an unmodifiable view) cost several times the array. Lookups are
 * binary searches, as in a {@code TreeMap}, with the same {@link String#compareTo} order.
 */
final class SortedStrings extends AbstractMap<String, String> {

    /** The copy of every empty map: most messages have no bindings. */
    private static final SortedStrings EMPTY = new SortedStrings(new String[0], 0);

    /** {@code name0, value0, name1, value1, ...}, names ascending and distinct; only the first {@code 2 * size} used. */
    private final String[] entries;
    private final int size;

    private SortedStrings(String[] entries, int size) {
        this.entries = entries;
        this.size = size;
    }

    /** {@code map} itself when it is already such a copy, else a checked copy; {@code what} names it in errors. */
    static Map<String, String> of(Map<String, String> map, String what) {
        Objects.requireNonNull(map, what);
        if (map instanceof SortedStrings) {
            return map;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        Copy copy = new Copy(map.size(), what);
        map.forEach(copy); // no iterator or entry objects, unlike a loop over entrySet()
        return copy.size == 0 ? EMPTY : new SortedStrings(copy.entries, copy.size);
    }

    /** Collects a map's entries in name order, checking each. */
    private static final class Copy implements BiConsumer<String, String> {

        private final String what;
        private String[] entries;
        private int size;

        Copy(int expected, String what) {
            this.entries = new String[2 * expected];
            this.what = what;
        }

        @Override
        public void accept(String name, String value) {
            Objects.requireNonNull(name, what + " name");
            if (value == null) { // not requireNonNull with a message supplier: that is an object per entry
                throw new NullPointerException(what + " '" + name + "' is null");
            }
            if (2 * size == entries.length) { // the map grew while being copied
                entries = Arrays.copyOf(entries, 2 * entries.length + 2);
            }
            insert(name, value);
        }

        /**
         * Puts {@code name} in its place. A name already there (only a map with its own idea of equal
         * keys can repeat one) keeps its first spelling and takes the later value, as {@code TreeMap.put} did.
         */
        private void insert(String name, String value) {
            int index = search(entries, size, name);
            if (index >= 0) {
                entries[2 * index + 1] = value;
                return;
            }
            int at = -index - 1;
            System.arraycopy(entries, 2 * at, entries, 2 * at + 2, 2 * (size - at));
            entries[2 * at] = name;
            entries[2 * at + 1] = value;
            size++;
        }
    }

    /** The index of {@code name} among the first {@code size} entries, else {@code -(insertion point) - 1}. */
    private static int search(String[] entries, int size, String name) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = entries[2 * middle].compareTo(name);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** The index of {@code name}, or -1; a name that is not a string fails as a {@code TreeMap}'s lookup does. */
    private int indexOf(Object name) {
        if (name == null) {
            return -1;
        }
        int index = search(entries, size, (String) name);
        return index >= 0 ? index : -1;
    }

    @Override
    public String get(Object name) {
        int index = indexOf(name);
        return index < 0 ? null : entries[2 * index + 1];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < size; i++) {
            action.accept(entries[2 * i], entries[2 * i + 1]);
        }
    }

    // Every change through the map fails, even one that would change nothing, as with the unmodifiable views
    // this replaced; removals through keySet(), values() or entrySet() that match nothing return false.

    @Override
    public String put(String name, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String remove(Object name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> map) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String putIfAbsent(String name, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object name, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(String name, String oldValue, String newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String replace(String name, String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String computeIfAbsent(String name, Function<? super String, ? extends String> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String computeIfPresent(String name, BiFunction<? super String, ? super String, ? extends String> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String compute(String name, BiFunction<? super String, ? super String, ? extends String> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String merge(String name, String value, BiFunction<? super String, ? super String, ? extends String> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = 2 * next++;
                        return new SimpleImmutableEntry<>(entries[at], entries[at + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                SortedStrings.this.clear();
            }
        };
    }
}
