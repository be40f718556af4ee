package io.github.contractgen.generator.naming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns contract names into legal Java identifiers. This is the one place that knows Java's
 * lexical rules; {@link SymbolTable} builds on it to make names unique within a scope.
 *
 * <p>Words are split at punctuation, white space, case changes ({@code petId}, {@code HTTPServer})
 * and letter-digit boundaries that follow a lower-case letter, then joined in the wanted case. A name
 * that starts with a digit gets a prefix; a name that is a reserved word gets a suffix.
 */
public final class JavaNames {

    /** Keywords, literals and contextual keywords that cannot name a type, member or package part. */
    static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits",
            "non-sealed");

    private JavaNames() {}

    /** {@code pet-status} → {@code PetStatus}; {@code 2fa} → {@code Type2fa}. */
    public static String typeName(String contractName) {
        String name = join(words(contractName), true);
        if (name.isEmpty()) {
            return "Unnamed";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "Type" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** {@code pet_id} → {@code petId}; {@code class} → {@code class_}; {@code 123} → {@code _123}. */
    public static String memberName(String contractName) {
        String name = join(words(contractName), false);
        if (name.isEmpty()) {
            return "value";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** {@code in-progress} → {@code IN_PROGRESS}; {@code 1} → {@code _1}; {@code +1} → {@code PLUS_1}. */
    public static String constantName(String contractValue) {
        String spelled = contractValue
                .replace("+", " plus ")
                .replace("<=", " less than or equal ")
                .replace(">=", " greater than or equal ")
                .replace("<", " less than ")
                .replace(">", " greater than ")
                .replace("=", " equals ");
        if (spelled.startsWith("-")) {
            spelled = "minus " + spelled.substring(1);
        }
        List<String> words = words(spelled);
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "EMPTY";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /**
     * One package segment: lower case letters and digits only, so that it is the same on a
     * case-insensitive file system. {@code Pet-Store v2} → {@code petstorev2}; {@code 3d} → {@code _3d}.
     */
    public static String packageSegment(String contractName) {
        StringBuilder text = new StringBuilder();
        for (String word : words(contractName)) {
            text.append(word.toLowerCase(Locale.ROOT));
        }
        String name = text.toString();
        if (name.isEmpty()) {
            return "unnamed";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /**
     * The longest file name most file systems accept, in bytes (ext4, NTFS, APFS: 255). A class file
     * is named after the class and every class it is nested in ({@code Outer$Inner.class}), so names
     * derived from deeply nested contract schemas can exceed it; javac then fails to write the class.
     */
    public static final int MAX_FILE_NAME_BYTES = 255;

    /**
     * {@code name}, or when it is longer than {@code maxBytes} in UTF-8, its beginning followed by
     * eight hex digits of its hash: still a legal identifier, the same on every run, and names that
     * differ only in their cut-off ends stay apart.
     */
    public static String fitting(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        String hash = String.format(Locale.ROOT, "%08X", name.hashCode());
        StringBuilder kept = new StringBuilder();
        int budget = maxBytes - hash.length();
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            budget -= utf8Length(next);
            if (budget < 0) {
                break;
            }
            kept.append(next);
            i += Character.charCount(codePoint);
        }
        return kept + hash;
    }

    /** The length of {@code text} in UTF-8 bytes, which is what a file name's limit counts. */
    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether {@code name} is a legal Java identifier that is not reserved. */
    public static boolean isLegalIdentifier(String name) {
        if (name.isEmpty() || RESERVED.contains(name) || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /**
     * Splits a contract name into words: at every character that cannot be part of an identifier,
     * at lower-to-upper case changes and at the end of an upper-case run followed by a lower-case
     * letter ({@code HTTPServer} → {@code HTTP}, {@code Server}). Digits stay with the word before.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // Walked by index, not through codePoints(): names are split for every type and member.
        int prev = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp) || cp > 0x7F && !Character.isJavaIdentifierPart(cp)) {
                flush(word, words);
                prev = cp;
                continue;
            }
            if (word.length() > 0) {
                boolean lowerToUpper = (Character.isLowerCase(prev) || Character.isDigit(prev)) && Character.isUpperCase(cp);
                boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(cp)
                        && i < text.length() && Character.isLowerCase(text.codePointAt(i));
                if (lowerToUpper || acronymEnd) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(cp);
            prev = cp;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String join(List<String> words, boolean upperFirst) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            boolean first = name.length() == 0;
            String lower = word.toLowerCase(Locale.ROOT);
            if (first && !upperFirst) {
                name.append(lower);
            } else {
                name.appendCodePoint(Character.toUpperCase(lower.codePointAt(0)));
                name.append(lower, Character.charCount(lower.codePointAt(0)), lower.length());
            }
        }
        return name.toString();
    }
}
