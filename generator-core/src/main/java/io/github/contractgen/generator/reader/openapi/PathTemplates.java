package io.github.contractgen.generator.reader.openapi;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a path template, found as the runtime finds them when it fills the path: a
 * {@code {name}} of at least one character without braces.
 */
final class PathTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private PathTemplates() {}

    /** The placeholder names of {@code path}, in order, each once: {@code /a/{x}/b/{y}} → {@code [x, y]}. */
    static Set<String> placeholders(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
