package io.github.contractgen.generator.reader.openapi;

import java.util.Collection;
import java.util.Optional;

/** The declared name nearest to a misspelt one, by edit distance, for a "did you mean" hint. */
final class NearestName {

    private NearestName() {}

    /** The candidate fewest single-character edits away from {@code name}; the first such one; empty when none. */
    static Optional<String> among(String name, Collection<String> candidates) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name, candidate);
            if (distance < best) {
                best = distance;
                nearest = candidate;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Levenshtein distance: insertions, deletions and substitutions, each counting one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
