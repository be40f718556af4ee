package io.github.contractgen.generator.reader.proto;

import com.google.protobuf.Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The well-known types' {@code .proto} files, copied out of protobuf-java so that protoc can resolve
 * {@code import "google/protobuf/timestamp.proto"}.
 *
 * <p>protoc as published on Maven Central is the bare executable, without the include directory of a
 * full installation. protobuf-java carries the same files next to its classes, at the version that the
 * generated code compiles against, so they never disagree with the runtime. They go on the include path
 * after the contracts: a contracts folder with its own copies wins, and the messages are still
 * protobuf-java's classes because the copies declare the same {@code java_package}.
 */
public final class WellKnownProtos {

    /** Every proto that protobuf-java ships, relative to the include root. */
    public static final List<String> FILES = List.of(
            "google/protobuf/any.proto",
            "google/protobuf/api.proto",
            "google/protobuf/descriptor.proto",
            "google/protobuf/duration.proto",
            "google/protobuf/empty.proto",
            "google/protobuf/field_mask.proto",
            "google/protobuf/java_features.proto",
            "google/protobuf/source_context.proto",
            "google/protobuf/struct.proto",
            "google/protobuf/timestamp.proto",
            "google/protobuf/type.proto",
            "google/protobuf/wrappers.proto");

    private WellKnownProtos() {}

    /**
     * Copies the files below {@code includeRoot} (which is created) and returns it, ready for
     * {@code --proto_path}. Files already there are replaced, so a stale copy never survives an upgrade.
     */
    public static Path extractTo(Path includeRoot) throws IOException {
        for (String file : FILES) {
            Path target = includeRoot.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = open(file)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return includeRoot;
    }

    /** The content of {@code file}, one of {@link #FILES}, as protobuf-java on the generator's class path has it. */
    static byte[] read(String file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Timestamp.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IOException(file + " is missing from protobuf-java on the class path");
        }
        return in;
    }

    /** Whether {@code file} (relative, {@code /} separators) is one of the well-known types. */
    public static boolean isWellKnown(String file) {
        return FILES.contains(file);
    }
}
