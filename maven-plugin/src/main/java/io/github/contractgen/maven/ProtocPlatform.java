package io.github.contractgen.maven;

import java.util.Locale;
import java.util.Optional;

/**
 * The classifier under which Maven Central publishes protoc for a machine: {@code linux-x86_64},
 * {@code osx-aarch_64}, {@code windows-x86_64}, ... (os-maven-plugin's names, which protoc uses).
 *
 * <p>Detected in code from {@code os.name} and {@code os.arch} rather than with os-maven-plugin, so that
 * users need no build extension. Anything else gets no classifier, and the user is told to point
 * {@code protocExecutable} at a local protoc.
 */
final class ProtocPlatform {

    private ProtocPlatform() {}

    /** The classifier for this JVM's machine. */
    static Optional<String> current() {
        return classifier(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The classifier for an {@code os.name} and {@code os.arch}, or empty for a platform without protoc builds. */
    static Optional<String> classifier(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os;
        if (name.startsWith("linux")) {
            os = "linux";
        } else if (name.startsWith("mac") || name.startsWith("darwin")) {
            os = "osx";
        } else if (name.startsWith("windows")) {
            os = "windows";
        } else {
            return Optional.empty();
        }
        String cpu = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> null;
        };
        return cpu == null ? Optional.empty() : Optional.of(os + "-" + cpu);
    }
}
