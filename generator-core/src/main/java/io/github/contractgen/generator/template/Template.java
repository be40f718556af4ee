package io.github.contractgen.generator.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed text template: {@code ${name}} substitution and repeated sections, nothing more.
 *
 * <p>The syntax (documented for template authors in {@code templates/README.md}):
 * <ul>
 *   <li>{@code ${name}} inserts a value; {@code ${name|properties}} escapes it for a properties value,
 *       {@code ${name|line}} folds it onto one line.
 *   <li>{@code ${#list}} ... {@code ${/list}} repeats its body once per item; inside, an item's fields
 *       are visible by name and hide outer names. For a boolean it renders once when true.
 *   <li>{@code ${^list}} ... {@code ${/list}} renders its body once when the list is empty (or false).
 *   <li>{@code $${} is a literal {@code ${}.
 * </ul>
 * A section tag alone on its line takes the whole line with it, so that templates can be laid out
 * readably without leaving blank lines in the output. An unknown name is an error, never an empty
 * string: a typo in a template should fail the build, not ship a half-empty file.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Template {

    private static final Pattern STANDALONE_SECTION = Pattern.compile("[ \\t]*\\$\\{([#^/][^}]*)}[ \\t]*\\r?\\n?");

    private final String name;
    private final List<Node> nodes;

    private Template(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /**
     * Parses {@code text}.
     *
     * @param name the template's name, for messages
     * @throws TemplateException when a tag is unclosed, unbalanced or names an unknown filter
     */
    public static Template parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Parser parser = new Parser(name);
        int lineNumber = 1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            parser.line(text.substring(start, end), lineNumber++);
            start = end;
        }
        return new Template(name, parser.finish());
    }

    /**
     * Renders the template with {@code model}: values are strings, numbers or booleans; sections take a
     * list of maps or a boolean.
     *
     * @throws TemplateException when the template uses a name the model lacks
     */
    public String render(Map<String, ?> model) {
        Objects.requireNonNull(model, "model");
        StringBuilder out = new StringBuilder();
        Deque<Map<String, ?>> scopes = new ArrayDeque<>();
        scopes.push(model);
        render(nodes, scopes, out);
        return out.toString();
    }

    private void render(List<Node> list, Deque<Map<String, ?>> scopes, StringBuilder out) {
        for (Node node : list) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Value value) {
                out.append(value.filter().apply(lookup(value.name(), value.line(), scopes).toString()));
            } else {
                renderSection((Section) node, scopes, out);
            }
        }
    }

    private void renderSection(Section section, Deque<Map<String, ?>> scopes, StringBuilder out) {
        Object value = lookup(section.name(), section.line(), scopes);
        List<?> items;
        if (value instanceof Boolean flag) {
            items = flag ? List.of(Map.of()) : List.of();
        } else if (value instanceof List<?> list) {
            items = list;
        } else {
            throw new TemplateException(name + ":" + section.line() + ": '" + section.name()
                    + "' is not a list or a boolean and cannot open a section");
        }
        if (section.inverted()) {
            if (items.isEmpty()) {
                render(section.body(), scopes, out);
            }
            return;
        }
        for (Object item : items) {
            scopes.push(item instanceof Map<?, ?> map ? castMap(map) : Map.of());
            render(section.body(), scopes, out);
            scopes.pop();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private Object lookup(String key, int line, Deque<Map<String, ?>> scopes) {
        for (Map<String, ?> scope : scopes) {
            Object value = scope.get(key);
            if (value != null) {
                return value;
            }
        }
        throw new TemplateException(name + ":" + line + ": unknown name '" + key + "'; the names a template can use"
                + " are listed in the README of contractgen's templates");
    }

    private sealed interface Node permits Text, Value, Section {}

    private record Text(String text) implements Node {}

    private record Value(String name, Filter filter, int line) implements Node {}

    private record Section(String name, boolean inverted, List<Node> body, int line) implements Node {}

    /** Builds the node tree line by line; a stack of open sections gives nesting. */
    private static final class Parser {
        private final String name;
        private final Deque<List<Node>> open = new ArrayDeque<>();
        private final Deque<String[]> openTags = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();

        Parser(String name) {
            this.name = name;
            open.push(new ArrayList<>());
        }

        void line(String line, int number) {
            Matcher standalone = STANDALONE_SECTION.matcher(line);
            if (standalone.matches()) {
                tag(standalone.group(1).trim(), number);
                return;
            }
            int i = 0;
            while (i < line.length()) {
                if (line.startsWith("$${", i)) {
                    text.append("${");
                    i += 3;
                } else if (line.startsWith("${", i)) {
                    int end = line.indexOf('}', i + 2);
                    if (end < 0) {
                        throw new TemplateException(name + ":" + number + ": '${' without a closing '}' on the same line");
                    }
                    tag(line.substring(i + 2, end).trim(), number);
                    i = end + 1;
                } else {
                    text.append(line.charAt(i++));
                }
            }
        }

        private void tag(String body, int line) {
            flushText();
            if (body.isEmpty()) {
                throw new TemplateException(name + ":" + line + ": empty tag '${}'");
            }
            char first = body.charAt(0);
            if (first == '#' || first == '^') {
                String section = body.substring(1).trim();
                openTags.push(new String[] {section, String.valueOf(first), String.valueOf(line)});
                open.push(new ArrayList<>());
            } else if (first == '/') {
                close(body.substring(1).trim(), line);
            } else {
                int bar = body.indexOf('|');
                String key = bar < 0 ? body : body.substring(0, bar).trim();
                Filter filter = bar < 0 ? Filter.NONE : Filter.named(body.substring(bar + 1).trim(), name, line);
                open.peek().add(new Value(key, filter, line));
            }
        }

        private void close(String section, int line) {
            if (openTags.isEmpty() || !openTags.peek()[0].equals(section)) {
                String expected = openTags.isEmpty() ? "no section is open" : "expected ${/" + openTags.peek()[0] + "}";
                throw new TemplateException(name + ":" + line + ": ${/" + section + "} does not match: " + expected);
            }
            String[] tag = openTags.pop();
            List<Node> body = List.copyOf(open.pop());
            open.peek().add(new Section(section, tag[1].equals("^"), body, Integer.parseInt(tag[2])));
        }

        private void flushText() {
            if (text.length() > 0) {
                open.peek().add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        List<Node> finish() {
            flushText();
            if (!openTags.isEmpty()) {
                String[] tag = openTags.peek();
                throw new TemplateException(name + ":" + tag[2] + ": section '" + tag[0] + "' is never closed with ${/"
                        + tag[0] + "}");
            }
            return List.copyOf(open.pop());
        }
    }
}
