package io.github.contractgen.maven;

import com.google.protobuf.RuntimeVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether a build needs protoc at all, and which version it gets by default. */
final class ProtoContracts {

    /**
     * The protobuf version contractgen was built with ({@code 4.36.2}): javac copies these constants
     * into this class, so it is the version of the protobuf-java that contractgen's runtime brings.
     */
    static final String BUILT_WITH_PROTOBUF =
            RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR + "." + RuntimeVersion.PATCH;

    private ProtoContracts() {}

    /** Whether any {@code .proto} file lies below {@code contractsDirectory} (outside dot directories). */
    static boolean present(Path contractsDirectory) {
        if (!Files.isDirectory(contractsDirectory)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(contractsDirectory)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(".proto"))
                    .map(contractsDirectory::relativize)
                    .anyMatch(ProtoContracts::visible);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for .proto files below " + contractsDirectory, e);
        }
    }

    /** The generator ignores files and directories whose name starts with a dot; so does this check. */
    private static boolean visible(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
