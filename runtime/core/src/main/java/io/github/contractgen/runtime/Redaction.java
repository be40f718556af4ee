package io.github.contractgen.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks secrets in what leaves a client as text: exception messages, body excerpts, header values,
 * observer events, {@code toString}s. Every path that shows a server's answer or a configured URI
 * goes through this class, so that what counts as a secret, and how it is masked, is decided once.
 *
 * <p>Two kinds of secret are masked with {@link #MASK}:
 * <ul>
 *   <li>the values a client sent as credentials ({@link #apply}). A server that echoes one may do so
 *       in another form, so each is also masked percent-encoded (as in a query string or a form body),
 *       form-encoded, and JSON-escaped; a header value {@code <scheme> <credentials>} ({@code Bearer
 *       <token>}) also masks the credentials alone, and a {@code Basic} one the decoded
 *       {@code user:password} and the password. Matching ignores ASCII case, so {@code %2f} and
 *       {@code %2F} are both found; a secret of a few characters masks each of its occurrences.</li>
 *   <li>the user information of a URI in any text ({@link #userInfo}): {@code https://user:pw@host}
 *       shows as {@code https://user:***@host}, and a lone user part, which is often a token, as
 *       {@code https://***@host}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class Redaction {

    /** What every secret is replaced with. */
    public static final String MASK = "***";

    /** Masks no value (user information of URIs is still masked by {@link #userInfo}). */
    public static final Redaction NONE = new Redaction(Set.of());

    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/?#@\\s]*)@");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Set<String> forms;
    /** Matches every form, longest first, over ISO-8859-1 text (one char per byte), or null for none. */
    private final Pattern pattern;

    private Redaction(Set<String> forms) {
        this.forms = Set.copyOf(forms);
        this.pattern = forms.isEmpty() ? null : Pattern.compile(forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(form -> Pattern.quote(new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    /** A builder with no secrets yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The secrets of both. */
    public Redaction and(Redaction other) {
        Objects.requireNonNull(other, "other");
        if (other.forms.isEmpty() || forms.containsAll(other.forms)) {
            return this;
        }
        Set<String> both = new LinkedHashSet<>(forms);
        both.addAll(other.forms);
        return new Redaction(both);
    }

    /** Whether there is no value to mask. */
    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /** {@code text} with every form of every secret, and the user information of URIs, masked; null stays null. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = pattern == null ? text : new String(apply(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return userInfo(masked);
    }

    /**
     * {@code bytes} (UTF-8 text, or anything else: bytes that are not a secret are kept as they are) with
     * every form of every secret masked; the same array when there is none in it.
     */
    public byte[] apply(byte[] bytes) {
        if (pattern == null || bytes.length == 0) {
            return bytes;
        }
        // ISO-8859-1 maps each byte to one char and back, so bytes that are not valid UTF-8 survive unchanged.
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher matcher = pattern.matcher(latin1);
        return matcher.find() ? matcher.replaceAll(MASK).getBytes(StandardCharsets.ISO_8859_1) : bytes;
    }

    /** Each of {@code values}, {@linkplain #apply(String) masked}. */
    public List<String> apply(List<String> values) {
        return values.stream().map(this::apply).toList();
    }

    /**
     * {@code text} with the user information of every URI in it masked: the password of
     * {@code scheme://user:password@}, or the whole of {@code scheme://user@}.
     */
    public static String userInfo(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher matcher = USER_INFO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String info = matcher.group(2);
            int colon = info.indexOf(':');
            String masked = colon < 0 ? MASK : info.substring(0, colon + 1) + MASK;
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + masked + "@"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return "Redaction[" + forms.size() + " forms]";
    }

    /** Collects the secrets a client sends. Not thread-safe. */
    public static final class Builder {

        private final Set<String> forms = new LinkedHashSet<>();

        private Builder() {}

        /** A secret value, masked in each form a server may echo it in. */
        public Builder secret(String value) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            forms.add(value);
            forms.add(percentEncoded(value));
            forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            String json = jsonEscaped(value);
            forms.add(json);
            forms.add(json.replace("/", "\\/"));
            return this;
        }

        /**
         * The value of a credential header: the whole value and, for {@code <scheme> <credentials>}, the
         * credentials alone; for {@code Basic}, also the decoded {@code user:password} and the password.
         */
        public Builder headerValue(String value) {
            secret(value);
            int space = value == null ? -1 : value.indexOf(' ');
            if (space < 0) {
                return this;
            }
            String credentials = value.substring(space + 1).strip();
            secret(credentials);
            if (value.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
                basic(credentials);
            }
            return this;
        }

        public Redaction build() {
            return forms.isEmpty() ? NONE : new Redaction(forms);
        }

        private void basic(String encoded) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return; // masked as it is, above
            }
            secret(pair);
            int colon = pair.indexOf(':');
            if (colon >= 0) {
                secret(pair.substring(colon + 1));
            }
        }

        /** All but RFC 3986's unreserved characters percent-encoded, as UTF-8. */
        private static String percentEncoded(String text) {
            StringBuilder out = new StringBuilder();
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                    out.append(c);
                } else {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            return out.toString();
        }

        /** As a JSON string's content: quote, backslash and control characters escaped. */
        private static String jsonEscaped(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.toString();
        }
    }
}
