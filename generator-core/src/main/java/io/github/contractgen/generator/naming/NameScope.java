package io.github.contractgen.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a class's members). Uniqueness is checked
 * without regard to case, so that two generated files never differ only in case on a
 * case-insensitive file system. A clash gets the smallest free numeric suffix, in the order names are
 * asked for, so callers must ask in a stable order.
 */
public final class NameScope {

    private final Set<String> taken = new HashSet<>();

    /** A scope in which the given names are already taken (names of the scope's fixed members). */
    public NameScope(Set<String> reserved) {
        reserved.forEach(name -> taken.add(key(name)));
    }

    public NameScope() {
        this(Set.of());
    }

    /** Returns {@code wanted}, or {@code wanted2}, {@code wanted3}, ..., whichever is free first. */
    public String allocate(String wanted) {
        Objects.requireNonNull(wanted, "wanted");
        String name = wanted;
        for (int suffix = 2; !taken.add(key(name)); suffix++) {
            name = wanted + suffix;
        }
        return name;
    }

    /** Whether {@code name} is taken in this scope. */
    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
