package io.github.contractgen.generator.model;

import java.util.List;

/**
 * One alternative of a security requirement: all the named schemes together. An empty list means
 * "no authentication" is an accepted alternative.
 */
public record SecurityRequirement(List<String> schemeNames) {
    public SecurityRequirement {
        schemeNames = List.copyOf(schemeNames);
    }
}
