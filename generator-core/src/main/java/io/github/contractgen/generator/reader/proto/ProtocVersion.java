package io.github.contractgen.generator.reader.proto;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines up protoc's version with protobuf-java's. protoc 36.2 ({@code libprotoc 36.2}) writes code for
 * protobuf-java 4.36.2: since protobuf 4.x the Java runtime's minor and patch are protoc's version,
 * and code from one compiles only against a runtime at least as new. The plugin checks this before it
 * runs protoc, so a mismatch fails early with both versions named instead of with javac errors.
 */
public final class ProtocVersion {

    private static final Pattern LIBPROTOC = Pattern.compile("libprotoc (\\d+)\\.(\\d+)(?:\\.\\d+)?\\S*");
    private static final Pattern JAVA = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\S*");

    private ProtocVersion() {}

    /** {@code 36.2} from protoc's {@code --version} output ({@code libprotoc 36.2}); empty when unrecognised. */
    public static Optional<String> parse(String versionOutput) {
        Matcher matcher = LIBPROTOC.matcher(versionOutput.strip());
        return matcher.matches() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    /**
     * Why {@code protocVersion} ({@code 36.2}) does not fit {@code protobufJavaVersion} ({@code 4.36.2}),
     * or empty when it does: same minor and patch, as Maven Central publishes them together.
     */
    public static Optional<String> mismatch(String protocVersion, String protobufJavaVersion) {
        Objects.requireNonNull(protocVersion, "protocVersion");
        Objects.requireNonNull(protobufJavaVersion, "protobufJavaVersion");
        Matcher java = JAVA.matcher(protobufJavaVersion.strip());
        if (java.matches() && protocVersion.equals(java.group(2) + "." + java.group(3))) {
            return Optional.empty();
        }
        return Optional.of("protoc " + protocVersion + " does not match protobuf-java " + protobufJavaVersion
                + ": use com.google.protobuf:protoc with the same version as protobuf-java (protoc "
                + (java.matches() ? java.group(1) + "." + java.group(2) + "." + java.group(3) : protobufJavaVersion)
                + " from Maven Central for protobuf-java " + protobufJavaVersion + "), or change protobuf-java");
    }
}
