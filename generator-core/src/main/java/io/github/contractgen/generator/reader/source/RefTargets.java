package io.github.contractgen.generator.reader.source;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a {@code $ref} leads: the network, a local file, or the same document. Shared by the readers so
 * that every contract kind draws the line between local and remote the same way.
 */
public final class RefTargets {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private RefTargets() {}

    /** Whether {@code ref} names a remote location (any URL scheme but {@code file:}, or {@code //host}). */
    public static boolean isRemote(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.startsWith("//")) {
            return true;
        }
        return SCHEME.matcher(ref).matches() && !lower.startsWith("file:");
    }

    /** The local file {@code ref} names, relative to {@code from}; empty when it is no usable path. */
    public static Optional<Path> localFile(Path from, String ref) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        try {
            if (location.toLowerCase(Locale.ROOT).startsWith("file:")) {
                return Optional.of(Path.of(URI.create(location)));
            }
            String decoded = URLDecoder.decode(location.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path parent = from.toAbsolutePath().getParent();
            return Optional.of(parent.resolve(decoded).normalize());
        } catch (RuntimeException e) {
            return Optional.empty(); // not a usable path: reported as missing
        }
    }

    /** The name diagnostics use for a referenced file: relative to the referring file's name. */
    public static String relativeName(Path from, String fromName, Path target) {
        Path fromDir = from.toAbsolutePath().normalize().getParent();
        String relative = fromDir.relativize(target).toString().replace('\\', '/');
        int slash = fromName.lastIndexOf('/');
        String prefix = slash < 0 ? "" : fromName.substring(0, slash + 1);
        return Path.of(prefix + relative).normalize().toString().replace('\\', '/');
    }

    /** The JSON pointer after {@code #} in {@code ref}, decoded; empty for a whole document. */
    public static String fragment(String ref) {
        int hash = ref.indexOf('#');
        if (hash < 0) {
            return "";
        }
        String fragment = ref.substring(hash + 1);
        return fragment.indexOf('%') < 0 ? fragment
                : URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
