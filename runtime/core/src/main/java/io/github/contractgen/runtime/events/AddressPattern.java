package io.github.contractgen.runtime.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A channel address with {@code {name}} placeholders, such as {@code lights/{lightId}/measured}: fills
 * in parameter values to make a concrete address, and matches concrete addresses and extracts the
 * values again.
 *
 * <p>A placeholder matches one or more characters other than {@code /}, the level separator of MQTT
 * topics and the usual one in AsyncAPI channel names, so it is a single-level wildcard. For the same
 * reason a value may not contain {@code /}, nor the MQTT wildcards {@code +} and {@code #}: such a
 * value would change which subscriptions see the message. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AddressPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

    private final String template;
    private final List<String> names;
    /** The text around the placeholders: {@code literals[i]} comes before {@code names[i]}, one more at the end. */
    private final List<String> literals;
    private final Pattern regex;

    /** The characters of all literals together: an expanded address is this plus its values. */
    private final int literalsLength;

    private AddressPattern(String template, List<String> names, List<String> literals, Pattern regex) {
        this.template = template;
        this.names = names;
        this.literals = literals;
        this.regex = regex;
        this.literalsLength = literals.stream().mapToInt(String::length).sum();
    }

    /** Parses {@code template}; fails on unbalanced braces and repeated names. */
    public static AddressPattern of(String template) {
        Objects.requireNonNull(template, "template");
        if (template.isEmpty()) {
            throw new IllegalArgumentException("address template is empty");
        }
        List<String> names = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            literals.add(template.substring(last, matcher.start()));
            regex.append(literal(template, literals.get(literals.size() - 1)));
            String name = matcher.group(1);
            if (names.contains(name)) {
                throw new IllegalArgumentException("address '" + template + "' repeats parameter {" + name + "}");
            }
            names.add(name);
            regex.append("([^/]+)");
            last = matcher.end();
        }
        literals.add(template.substring(last));
        regex.append(literal(template, literals.get(literals.size() - 1)));
        return new AddressPattern(template, List.copyOf(names), List.copyOf(literals), Pattern.compile(regex.toString()));
    }

    private static String literal(String template, String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("address '" + template + "' has an unbalanced or empty '{' '}'");
        }
        return text.isEmpty() ? "" : Pattern.quote(text);
    }

    public String template() {
        return template;
    }

    /** The parameter names in order of appearance. */
    public List<String> parameterNames() {
        return names;
    }

    public boolean hasParameters() {
        return !names.isEmpty();
    }

    /** The concrete address for {@code values}; every parameter needs a value. */
    public String expand(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        if (names.isEmpty()) {
            return template;
        }
        if (names.size() == 1) { // the usual case: one concatenation, sized exactly, no builder
            String name = names.get(0);
            return literals.get(0) + checkedValue(name, values.get(name)) + literals.get(1);
        }
        String[] checked = new String[names.size()];
        int length = literalsLength;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            checked[i] = checkedValue(name, values.get(name));
            length += checked[i].length();
        }
        StringBuilder address = new StringBuilder(length);
        for (int i = 0; i < names.size(); i++) {
            address.append(literals.get(i)).append(checked[i]);
        }
        return address.append(literals.get(names.size())).toString();
    }

    private String checkedValue(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("address '" + template + "' needs a value for {" + name + "}");
        }
        if (value.indexOf('/') >= 0 || value.indexOf('+') >= 0 || value.indexOf('#') >= 0) {
            throw new IllegalArgumentException("value of {" + name + "} in address '" + template
                    + "' must not contain '/', '+' or '#': " + value);
        }
        return value;
    }

    public boolean matches(String address) {
        if (names.isEmpty()) {
            return template.equals(address);
        }
        // No array of value ends: the transport asks this of every queue for every message.
        return split(address, null);
    }

    /** The parameter values in {@code address}, in order of appearance; fails when it does not match. */
    public Map<String, String> parameters(String address) {
        int[] ends = new int[names.size()];
        if (!split(Objects.requireNonNull(address, "address"), ends)) {
            throw new IllegalArgumentException("address '" + address + "' does not match '" + template + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        int start = literals.get(0).length();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), address.substring(start, ends[i]));
            start = ends[i] + literals.get(i + 1).length();
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Whether {@code address} matches, and where each parameter's value ends in it, put in {@code ends}
     * unless that is null. Matches as {@link #regex()} does, without a regex engine (this runs for every
     * message a subscription sees): the literals in place, each value one or more characters other than
     * {@code /}, the earlier values as long as possible.
     */
    private boolean split(String address, int @Nullable [] ends) {
        String first = literals.get(0);
        return address.startsWith(first) && split(address, 0, first.length(), ends);
    }

    /** Whether {@code address} from {@code start} matches from {@code parameter} on; fills {@code ends} unless null. */
    private boolean split(String address, int parameter, int start, int @Nullable [] ends) {
        if (parameter == names.size()) {
            return start == address.length();
        }
        int limit = address.indexOf('/', start);
        int longest = limit < 0 ? address.length() : limit;
        String next = literals.get(parameter + 1);
        // Longest value first, as the regex's greedy group; only where the next literal occurs.
        for (int end = address.lastIndexOf(next, longest); end > start; end = address.lastIndexOf(next, end - 1)) {
            if (split(address, parameter + 1, end + next.length(), ends)) {
                if (ends != null) {
                    ends[parameter] = end;
                }
                return true;
            }
        }
        return false;
    }

    /** A regular expression matching exactly the concrete addresses of this pattern. */
    public Pattern regex() {
        return regex;
    }

    /**
     * The pattern as a broker filter: every {@code separator}-delimited level that holds a placeholder
     * becomes {@code wildcard} (MQTT: {@code '/'} and {@code "+"}). A level that mixes text and a
     * placeholder widens to the whole level, so receivers still check {@link #matches}.
     */
    public String toFilter(char separator, String wildcard) {
        String[] levels = template.split(Pattern.quote(String.valueOf(separator)), -1);
        StringBuilder filter = new StringBuilder();
        for (int i = 0; i < levels.length; i++) {
            if (i > 0) {
                filter.append(separator);
            }
            filter.append(levels[i].indexOf('{') >= 0 ? wildcard : levels[i]);
        }
        return filter.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressPattern that && template.equals(that.template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template;
    }
}
