package io.github.contractgen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the generator's own code, for SNAPSHOT versions: a rebuilt SNAPSHOT keeps its version
 * number but may generate other code, so the version alone cannot tell that earlier output is stale.
 * A release's code never changes under its version, so releases skip this work. The bytes enter as
 * {@link Fingerprint#summary} (two CRCs, cheap in a cold JVM), for the reason given there.
 */
final class GeneratorCode {

    private static volatile String hash;

    private GeneratorCode() {}

    /** The hash of the jar (or class directory) this class was loaded from, computed once per JVM. */
    static String hash() {
        String known = hash;
        if (known == null) {
            known = compute();
            hash = known;
        }
        return known;
    }

    private static String compute() {
        CodeSource source = GeneratorCode.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "no-code-source";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(location)) {
                digest.update(Fingerprint.summary(Files.readAllBytes(location)));
            } else {
                for (Path file : classFiles(location)) {
                    digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Fingerprint.summary(Files.readAllBytes(file)));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generator's own code to fingerprint it", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the generator's own code", e);
        }
    }

    private static List<Path> classFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
    }
}
