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

    /** The enclosing scope, whose names are taken here too; {@code null} for an outermost scope. */
    private final NameScope parent;
    private final Set<String> taken = new HashSet<>();

    /** A scope in which the given names are already taken (names of the scope's fixed members). */
    public NameScope(Set<String> reserved) {
        this.parent = null;
        reserved.forEach(name -> taken.add(key(name)));
    }

    private NameScope(NameScope parent) {
        this.parent = parent;
    }

    public NameScope() {
        this(Set.of());
    }

    /**
     * A scope nested in this one: every name taken here (now or later) is taken there, and what it
     * allocates stays its own. Cheap whatever the size of this scope, which is shared rather than
     * copied: a service with thousands of model types gives each of its unions a scope of its own.
     */
    public NameScope child() {
        return new NameScope(this);
    }

    /** Returns {@code wanted}, or {@code wanted2}, {@code wanted3}, ..., whichever is free first. */
    public String allocate(String wanted) {
        Objects.requireNonNull(wanted, "wanted");
        String name = wanted;
        for (int suffix = 2; !claim(key(name)); suffix++) {
            name = wanted + suffix;
        }
        return name;
    }

    /** Frees {@code name}, taken here by {@link #allocate}, when what it was for is not made after all. */
    public void release(String name) {
        if (!taken.remove(key(name))) {
            throw new IllegalStateException("'" + name + "' was not taken in this scope");
        }
    }

    /** Whether {@code name} is taken in this scope. */
    public boolean isTaken(String name) {
        return isTakenKey(key(name));
    }

    private boolean claim(String key) {
        return (parent == null || !parent.isTakenKey(key)) && taken.add(key);
    }

    private boolean isTakenKey(String key) {
        return taken.contains(key) || (parent != null && parent.isTakenKey(key));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
