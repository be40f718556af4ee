package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyProtosTest {

    @TempDir
    Path work;

    @Test
    void unpacksTheProtosOfJarsAndDirectoriesInClassPathOrder() throws IOException {
        Path money = jar("money.jar", Map.of("google/type/money.proto", "syntax = \"proto3\";",
                "com/google/type/Money.class", "not a proto"));
        Path classes = Files.createDirectories(work.resolve("sibling/target/classes"));
        Files.createDirectories(classes.resolve("shop")).resolve("shop.proto").toFile().createNewFile();
        Path noProtos = jar("guava.jar", Map.of("com/google/common/Base.class", "x"));

        List<DependencyProtos.Root> roots = DependencyProtos.unpack(List.of(noProtos, money, classes,
                work.resolve("missing.jar")), work.resolve("cache"));

        assertThat(roots).hasSize(2);
        assertThat(files(roots.get(0).includeRoot())).containsExactly("google/type/money.proto");
        assertThat(files(roots.get(1).includeRoot())).containsExactly("shop/shop.proto");
        assertThat(roots.get(0).key()).hasSize(64).isNotEqualTo(roots.get(1).key());
        assertThat(roots.get(0).includeRoot().getFileName().toString()).isEqualTo(roots.get(0).key());
    }

    @Test
    void anUnchangedJarIsNotUnpackedAgainAndAChangedOneGetsANewKey() throws IOException {
        Path cache = work.resolve("cache");
        Path jar = jar("money.jar", Map.of("google/type/money.proto", "syntax = \"proto3\"; // one"));
        DependencyProtos.Root first = DependencyProtos.unpack(List.of(jar), cache).get(0);
        Path marker = Files.writeString(first.includeRoot().resolve("marker"), "still here");

        DependencyProtos.Root again = DependencyProtos.unpack(List.of(jar), cache).get(0);

        assertThat(again).isEqualTo(first);
        assertThat(marker).exists();

        jar("money.jar", Map.of("google/type/money.proto", "syntax = \"proto3\"; // two"));
        DependencyProtos.Root changed = DependencyProtos.unpack(List.of(jar), cache).get(0);

        assertThat(changed.key()).isNotEqualTo(first.key());
        assertThat(Files.readString(changed.includeRoot().resolve("google/type/money.proto"))).endsWith("two");
        assertThat(first.includeRoot()).as("the stale copy is pruned").doesNotExist();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).singleElement().isEqualTo(changed.includeRoot());
        }
    }

    @Test
    void entriesThatWouldLeaveTheIncludeRootAreIgnored() throws IOException {
        Path jar = jar("evil.jar", Map.of("../evil.proto", "x", "/abs.proto", "x", "a/../../b.proto", "x",
                "META-INF/maven/x.proto", "x", "ok/fine.proto", "x"));

        List<DependencyProtos.Root> roots = DependencyProtos.unpack(List.of(jar), work.resolve("cache"));

        assertThat(files(roots.get(0).includeRoot())).containsExactly("ok/fine.proto");
        assertThat(work.resolve("evil.proto")).doesNotExist();
        assertThat(DependencyProtos.isProto("a/b.proto")).isTrue();
        assertThat(DependencyProtos.isProto("a\\..\\b.proto")).isFalse();
    }

    @Test
    void aFileThatIsNoZipCarriesNoProtos() throws IOException {
        Path pom = Files.writeString(work.resolve("thing.pom"), "<project/>");

        assertThat(DependencyProtos.unpack(List.of(pom), work.resolve("cache"))).isEmpty();
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = work.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
