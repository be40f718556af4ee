package io.github.contractgen.generator.template;

import java.util.function.UnaryOperator;

/** How a value is escaped on its way into the output: a template picks one with {@code ${name|filter}}. */
enum Filter {
    /** The value as it is. */
    NONE(value -> value),
    /**
     * A {@code .properties} value: backslashes, line breaks and a leading space escaped, and everything
     * outside ASCII as {@code \}{@code uXXXX}, because {@code Properties.load(InputStream)} reads ISO-8859-1.
     */
    PROPERTIES(Filter::properties),
    /** Every run of white space, line breaks included, folded into one space; trimmed. */
    LINE(value -> value.strip().replaceAll("\\s+", " "));

    private final UnaryOperator<String> function;

    Filter(UnaryOperator<String> function) {
        this.function = function;
    }

    String apply(String value) {
        return function.apply(value);
    }

    static Filter named(String filter, String template, int line) {
        return switch (filter) {
            case "properties" -> PROPERTIES;
            case "line" -> LINE;
            default -> throw new TemplateException(
                    template + ":" + line + ": unknown filter '" + filter + "'; use 'properties' or 'line'");
        };
    }

    private static String properties(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
