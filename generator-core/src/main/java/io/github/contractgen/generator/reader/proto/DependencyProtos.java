package io.github.contractgen.generator.reader.proto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code .proto} files inside a project's dependencies (jars such as protobuf-java and
 * proto-google-common-protos, or a sibling module's class directory), unpacked so that protoc can
 * import them.
 *
 * <p>Each dependency that carries protos is unpacked once into a directory named by the SHA-256 of its
 * content, below a cache directory: a jar that did not change is not unpacked again, a changed jar gets
 * a new directory, and the key goes into the fingerprint, so new protos in a dependency regenerate.
 * Dependencies without a single proto (most of them) are only listed, never hashed, and stay out of
 * the fingerprint: upgrading Guava does not regenerate anything. A directory is unpacked to a scratch
 * name first and renamed into place, so an interrupted build never leaves half a directory behind.
 * Entries whose name leaves the include root ({@code ../}, absolute names) are ignored.
 */
public final class DependencyProtos {

    /**
     * A dependency that carries protos.
     *
     * @param includeRoot the unpacked protos, ready for {@code --proto_path}
     * @param key the SHA-256 of the dependency's content: for a jar its bytes, for a directory its protos
     * @param name how diagnostics name the dependency: a jar's file name, a directory's path; not part
     *     of the fingerprint, so a renamed jar with the same content does not regenerate
     */
    public record Root(Path includeRoot, String key, String name) {

        public Root {
            Objects.requireNonNull(includeRoot, "includeRoot");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    private DependencyProtos() {}

    /**
     * Unpacks the protos of {@code dependencies} below {@code cacheDirectory}, keeping their order (the
     * class path's order, which decides which copy of a file protoc sees first). Cache entries that no
     * dependency uses any more are deleted. Paths that do not exist are skipped.
     */
    public static List<Root> unpack(List<Path> dependencies, Path cacheDirectory) throws IOException {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        List<Root> roots = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Path dependency : dependencies) {
            Root root = null;
            if (Files.isDirectory(dependency)) {
                root = fromDirectory(dependency, cacheDirectory);
            } else if (Files.isRegularFile(dependency)) {
                root = fromJar(dependency, cacheDirectory);
            }
            if (root != null && keys.add(root.key())) {
                roots.add(root);
            }
        }
        prune(cacheDirectory, keys);
        return List.copyOf(roots);
    }

    private static Root fromJar(Path jar, Path cacheDirectory) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> protos = zip.stream().filter(e -> !e.isDirectory() && isProto(e.getName())).toList();
            if (protos.isEmpty()) {
                return null;
            }
            String key = sha256(jar);
            Path target = cacheDirectory.resolve(key);
            if (!Files.isDirectory(target)) {
                Path scratch = scratch(cacheDirectory, key);
                for (ZipEntry entry : protos) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        copy(in, scratch.resolve(entry.getName()));
                    }
                }
                publish(scratch, target);
            }
            return new Root(target, key, jar.getFileName().toString());
        } catch (java.util.zip.ZipException e) {
            // Not a jar (a pom-only or native artifact on the class path): it carries no protos for us.
            return null;
        }
    }

    private static Root fromDirectory(Path directory, Path cacheDirectory) throws IOException {
        List<Path> protos;
        try (Stream<Path> walk = Files.walk(directory)) {
            protos = walk.filter(Files::isRegularFile).filter(p -> isProto(relative(directory, p))).sorted().toList();
        }
        if (protos.isEmpty()) {
            return null;
        }
        MessageDigest digest = newDigest();
        for (Path proto : protos) {
            digest.update(relative(directory, proto).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(proto));
            digest.update((byte) 0);
        }
        String key = HexFormat.of().formatHex(digest.digest());
        Path target = cacheDirectory.resolve(key);
        if (!Files.isDirectory(target)) {
            Path scratch = scratch(cacheDirectory, key);
            for (Path proto : protos) {
                try (InputStream in = Files.newInputStream(proto)) {
                    copy(in, scratch.resolve(relative(directory, proto)));
                }
            }
            publish(scratch, target);
        }
        // A class directory's own name ("classes") says nothing; its path names the module.
        return new Root(target, key, directory.toString());
    }

    /** Whether {@code name} is a proto that stays inside the include root once unpacked. */
    static boolean isProto(String name) {
        if (!name.endsWith(".proto") || name.startsWith("/") || name.contains("\\") || name.startsWith("META-INF/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static Path scratch(Path cacheDirectory, String key) throws IOException {
        return Files.createDirectories(cacheDirectory.resolve(".partial-" + key + "-" + UUID.randomUUID()));
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Renames the finished scratch directory into place; another build that got there first wins. */
    private static void publish(Path scratch, Path target) throws IOException {
        try {
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            deleteTree(scratch);
        }
    }

    private static void prune(Path cacheDirectory, Set<String> keep) throws IOException {
        if (!Files.isDirectory(cacheDirectory)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            stale = entries.filter(p -> !keep.contains(p.getFileName().toString())).toList();
        }
        for (Path entry : stale) {
            deleteTree(entry);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
