package io.github.contractgen.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alternative of a security requirement: all the named schemes together. An empty list means
 * "no authentication" is an accepted alternative.
 *
 * @param schemeNames the schemes that must all be satisfied
 * @param scopes for the schemes that name scopes (OAuth2, OpenID Connect): the scopes this
 *     requirement asks for, by scheme name, sorted; schemes without scopes are absent
 */
public record SecurityRequirement(List<String> schemeNames, Map<String, List<String>> scopes) {
    public SecurityRequirement {
        schemeNames = List.copyOf(schemeNames);
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        scopes.forEach((scheme, names) -> {
            if (!names.isEmpty()) {
                sorted.put(scheme, names.stream().sorted().distinct().toList());
            }
        });
        scopes = Collections.unmodifiableMap(sorted);
    }

    /** A requirement that names no scopes. */
    public SecurityRequirement(List<String> schemeNames) {
        this(schemeNames, Map.of());
    }
}
