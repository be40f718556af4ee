package io.github.contractgen.generator.emit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns contract descriptions (Markdown or plain text, written by anyone) into Javadoc text that
 * cannot break the comment or the compilation.
 *
 * <p>What is escaped and why: {@code *}{@code /} would end the comment; {@code \}{@code u} starts a
 * Unicode escape that javac decodes even inside comments (and rejects when malformed); {@code @} at the
 * start of a line starts a block tag and {@code {@}} an inline tag; {@code <}, {@code >} and {@code &}
 * are HTML to the Javadoc tool. Everything else is kept as written, and blank lines become paragraph
 * breaks, so the text reads as the author wrote it.
 */
public final class Javadocs {

    /** Where long lines are broken: the comment's text starts at column 4 or 8 of a line. */
    private static final int WIDTH = 100;

    private Javadocs() {}

    /** {@code text} escaped for Javadoc, paragraphs separated by {@code <p>}; empty for blank input. */
    public static String escape(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int lineEnd = normalized.indexOf('\n');
        while (lineEnd >= 0) {
            int next = blankLinesEnd(normalized, lineEnd);
            if (next < 0) {
                lineEnd = normalized.indexOf('\n', lineEnd + 1);
                continue;
            }
            paragraphs.add(escapeParagraph(normalized.substring(start, lineEnd).strip()));
            start = next;
            lineEnd = normalized.indexOf('\n', next);
        }
        paragraphs.add(escapeParagraph(normalized.substring(start).strip()));
        return String.join("\n\n<p>", paragraphs);
    }

    /**
     * Where the paragraph after the line ending at {@code lineEnd} starts, or -1 when no blank line
     * follows: the regex {@code \n\s*\n} matched by hand (a Matcher per description was a visible
     * share of the generator's allocation). Like the regex, the break ends after the last line end of
     * the whitespace run; {@code text} is stripped, so no paragraph comes out empty.
     */
    private static int blankLinesEnd(String text, int lineEnd) {
        int end = -1;
        for (int i = lineEnd + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                end = i + 1;
            } else if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f' && c != '\r') {
                break;
            }
        }
        return end;
    }

    /** The first sentence of a Javadoc: {@code description}, or {@code fallback} when it is blank. */
    public static String summary(String description, String fallback) {
        String text = escape(description);
        return text.isEmpty() ? fallback : text;
    }

    /**
     * A choice between {@code items} as prose: {@code Either a or b}, {@code One of a, b or c}; at most
     * {@code limit} items are named, the rest are counted. Items are Javadoc text already.
     */
    public static String choice(List<String> items, int limit) {
        if (items.size() == 1) {
            return "Always " + items.get(0);
        }
        if (items.size() > limit) {
            return "One of " + String.join(", ", items.subList(0, limit)) + " and " + (items.size() - limit) + " more";
        }
        String last = items.get(items.size() - 1);
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return (items.size() == 2 ? "Either " : "One of ") + head + " or " + last;
    }

    private static String escapeParagraph(String paragraph) {
        List<String> lines = new ArrayList<>();
        for (String line : paragraph.split("\n", -1)) {
            // Wrapped first, escaped second: a piece that starts with @ after wrapping is escaped too.
            for (String piece : wrap(line.strip()).split("\n", -1)) {
                String escaped = escapeLine(piece);
                lines.add(piece.startsWith("@") ? "{@literal @}" + escaped.substring("&#64;".length()) : escaped);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Breaks a long line at spaces so that the comment stays readable in an editor. Lines are only
     * ever split, never joined: a Markdown list or table keeps its shape.
     */
    static String wrap(String line) {
        StringBuilder out = new StringBuilder();
        String rest = line;
        while (rest.length() > WIDTH) {
            int space = rest.lastIndexOf(' ', WIDTH);
            if (space <= 0) {
                break;
            }
            out.append(rest, 0, space).append('\n');
            rest = rest.substring(space + 1).stripLeading();
        }
        return out.append(rest).toString();
    }

    private static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append(i == 0 || line.charAt(i - 1) == '{' ? "&#64;" : "@");
                case '*' -> out.append(next == '/' ? "*&#47;" : "*");
                case '\\' -> out.append(next == 'u' ? "&#92;" : "\\");
                default -> out.append(c);
            }
            if (c == '*' && next == '/') {
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A contract literal (a wire name, an enum value) for Javadoc: {@code {@code pet-id}}, or the
     * escaped text in quotes when the literal holds something {@code {@code}} cannot carry.
     */
    public static String code(String literal) {
        boolean plain = literal.chars().noneMatch(c -> c == '{' || c == '}' || c == '\\' || c == '\n' || c == '\r')
                && !literal.contains("*/") && !literal.startsWith("@") && !literal.isBlank();
        return plain ? "{@code " + literal + "}" : "\"" + escapeLine(literal.replace('\n', ' ').replace('\r', ' ')) + "\"";
    }
}
