package io.github.contractgen.generator.conformance;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Deterministic sample values for a schema's string or number: its first enum value, a value of its
 * format, one of a few candidates that its pattern accepts, of a length it allows; a number within
 * its bounds. {@code salt} tells the elements of one array apart (for {@code uniqueItems}).
 */
final class SampleStrings {

    private static final Map<String, String> BY_FORMAT = Map.ofEntries(
            Map.entry("date", "2024-01-15"),
            Map.entry("date-time", "2024-01-15T10:15:30Z"),
            Map.entry("time", "10:15:30"),
            Map.entry("uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            Map.entry("email", "someone@example.com"),
            Map.entry("uri", "https://example.com/a"),
            Map.entry("url", "https://example.com/a"),
            Map.entry("hostname", "example.com"),
            Map.entry("ipv4", "192.0.2.1"),
            Map.entry("ipv6", "2001:db8::1"),
            Map.entry("byte", "AQID"));

    /** Tried in order against a pattern; the first one it finds a match in is used. */
    private static final List<String> CANDIDATES = List.of("abc", "a1", "ABC", "1", "123", "a", "abc-123", "a_b",
            "2024-01-15", "2024-01", "10.00", "2024-01-15T10:15:30Z", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "someone@example.com",
            "https://example.com/a", "AB12", "0x1f", "+12025550123", "1.0.0", "EUR", "US", "en-US", "/a/b", "12", "1234",
            "ab12");

    private SampleStrings() {}

    static String string(Schema<?> schema, int salt) {
        if (schema == null) {
            return "text" + salt;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty() && schema.getEnum().get(0) != null) {
            List<?> values = schema.getEnum();
            return String.valueOf(values.get(salt % values.size()));
        }
        String format = schema.getFormat() == null ? null : BY_FORMAT.get(schema.getFormat());
        if (format != null) {
            return format;
        }
        if (schema.getPattern() != null) {
            String matching = matching(schema.getPattern());
            if (matching != null) {
                return matching;
            }
        }
        return sized("text" + salt, schema.getMinLength(), schema.getMaxLength());
    }

    /** A whole number the schema allows: its minimum (rounded up) if it has one, else 1 plus salt, within its maximum. */
    static long integer(Schema<?> schema, int salt) {
        long value = 1 + salt;
        if (schema != null && schema.getMinimum() != null) {
            BigDecimal minimum = schema.getMinimum();
            boolean exclusive = Boolean.TRUE.equals(schema.getExclusiveMinimum());
            value = Math.max(value, minimum.setScale(0, java.math.RoundingMode.CEILING).longValue() + (exclusive ? 1 : 0));
        }
        if (schema != null && schema.getMaximum() != null) {
            value = Math.min(value, schema.getMaximum().setScale(0, java.math.RoundingMode.FLOOR).longValue());
        }
        return value;
    }

    private static String matching(String pattern) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException notJava) {
            return null;
        }
        return CANDIDATES.stream().filter(candidate -> compiled.matcher(candidate).find()).findFirst().orElse(null);
    }

    private static String sized(String text, Integer minLength, Integer maxLength) {
        StringBuilder sized = new StringBuilder(text);
        while (minLength != null && sized.length() < minLength) {
            sized.append('x');
        }
        if (maxLength != null && sized.length() > maxLength) {
            sized.setLength(Math.max(maxLength, 0));
        }
        return sized.toString();
    }
}
