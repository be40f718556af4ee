package io.github.contractgen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A server the contract lists.
 *
 * @param url the URL template, with {@code {variable}} placeholders
 * @param name a name to pick it by (AsyncAPI server key, or derived from the description), may be empty
 * @param description may be empty
 * @param variables the template's variables, sorted by name
 */
public record Server(String url, String name, String description, List<Variable> variables) {

    public Server {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        variables = List.copyOf(variables);
    }

    /** A server variable with its default and, when the contract restricts it, the allowed values. */
    public record Variable(String name, String defaultValue, List<String> allowedValues, String description) {
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultValue, "defaultValue");
            allowedValues = List.copyOf(allowedValues);
            Objects.requireNonNull(description, "description");
        }
    }
}
