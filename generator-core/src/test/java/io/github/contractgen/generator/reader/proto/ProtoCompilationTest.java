package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtoCompilationTest {

    @TempDir
    Path work;

    @Test
    void compilesTheContractsOnlyWithImportsFromDependenciesAndWellKnownTypes() throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Path dependency = Files.createDirectories(work.resolve("dependency-protos"));
        write(dependency, "shared/v1/money.proto", """
                syntax = "proto3";
                package shared.v1;
                option java_package = "com.example.shared";
                option java_multiple_files = true;
                message Money { int64 cents = 1; }
                """);
        // The folder carries its own copy of a well-known type: protobuf-java's class is used for it.
        WellKnownProtos.extractTo(work.resolve("copy"));
        write(contracts, "google/protobuf/empty.proto", Files.readString(work.resolve("copy/google/protobuf/empty.proto")));
        write(contracts, "shop/v1/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                import "google/protobuf/empty.proto";
                import "google/protobuf/timestamp.proto";
                import "shared/v1/money.proto";
                message Price { shared.v1.Money amount = 1; google.protobuf.Timestamp at = 2; }
                service Shop {
                  rpc Quote(google.protobuf.Empty) returns (Price);
                  rpc Pay(shared.v1.Money) returns (google.protobuf.Empty);
                }
                """);

        ProtoReadResult result = new ProtoCompilation(TestProtoc.runner())
                .compile(contracts, DependencyProtos.unpack(List.of(dependency), work.resolve("cache")),
                        work.resolve("work"), work.resolve("java"));

        assertThat(result.diagnostics()).isEmpty();
        RpcService shop = result.services().get(0);
        assertThat(shop.methods()).extracting(m -> m.inputType().javaCanonicalName(),
                m -> m.outputType().javaCanonicalName()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("com.google.protobuf.Empty", "shop.v1.ShopOuterClass.Price"),
                        org.assertj.core.groups.Tuple.tuple("com.example.shared.Money", "com.google.protobuf.Empty"));
        // The service is named like the file, so protoc-java's outer class takes the OuterClass suffix.
        assertThat(javaFiles(work.resolve("java"))).containsExactly("shop/v1/ShopOuterClass.java");
        assertThat(shop.methods()).allMatch(m -> m.kind() == RpcMethod.Kind.UNARY);
    }

    /** Compiles shop.proto with {@code copy} as the contracts' own shared/v1/money.proto, which a dependency jar also has. */
    private ProtoReadResult compileShopBesideACopyOfTheJarsMoney(String copy) throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Path jar = jar("shared-protos-1.2.jar", "shared/v1/money.proto", MONEY);
        write(contracts, "shared/v1/money.proto", copy);
        write(contracts, "shop/v1/shop.proto", SHOP);
        return new ProtoCompilation(TestProtoc.runner()).compile(contracts,
                DependencyProtos.unpack(List.of(jar), work.resolve("cache")), work.resolve("work"), work.resolve("java"));
    }

    @Test
    void aCopyThatDiffersFromTheDependencysIsAWarningNamingBothAndTheDependencysClassIsUsed() throws IOException {
        ProtoReadResult result = compileShopBesideACopyOfTheJarsMoney(
                MONEY.replace("int64 cents = 1;", "int64 cents = 1; string currency = 2;"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).map(Diagnostic::toString).containsExactly("shared/v1/money.proto: warning:"
                + " this copy of shared/v1/money.proto differs from the one in shared-protos-1.2.jar, whose generated"
                + " classes the code uses: what differs in this copy is ignored; delete your copy to use the"
                + " dependency's, or move yours to a path (and proto package) of its own");
        assertThat(javaFiles(work.resolve("java"))).as("no class of the copy: the jar's is used")
                .containsExactly("shop/v1/ShopOuterClass.java");
    }

    @Test
    void anIdenticalCopyIsSkippedSilentlyEvenWithOtherLineEndings() throws IOException {
        // Git on Windows checks a verbatim copy out with CRLF: still the dependency's file.
        ProtoReadResult result = compileShopBesideACopyOfTheJarsMoney(MONEY.replace("\n", "\r\n"));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.files()).extracting(f -> f.path()).containsExactly("shop/v1/shop.proto");
        assertThat(javaFiles(work.resolve("java"))).containsExactly("shop/v1/ShopOuterClass.java");
    }

    @Test
    void aChangedWellKnownTypeNoDependencyProvidesIsAWarningAgainstProtobufJavasCopy() throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        WellKnownProtos.extractTo(work.resolve("copy"));
        String empty = Files.readString(work.resolve("copy/google/protobuf/empty.proto"));
        write(contracts, "google/protobuf/empty.proto", empty.replace("message Empty {}", "message Empty { int32 x = 1; }"));
        write(contracts, "shop/v1/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                import "google/protobuf/empty.proto";
                service Shop { rpc Ping(google.protobuf.Empty) returns (google.protobuf.Empty); }
                """);

        ProtoReadResult result = new ProtoCompilation(TestProtoc.runner())
                .compile(contracts, List.of(), work.resolve("work"), work.resolve("java"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("google/protobuf/empty.proto: warning: this copy of google/protobuf/empty.proto differs from"
                        + " the one in protobuf-java,");
        assertThat(result.services()).extracting(RpcService::name).containsExactly("Shop");
    }

    @Test
    void sameTextReadsCrlfAsLfAndNothingElse() {
        assertThat(ProvidedProtos.sameText(bytes("a\r\nb\n"), bytes("a\nb\r\n"))).isTrue();
        assertThat(ProvidedProtos.sameText(bytes("a\rb"), bytes("a\nb"))).isFalse();
        assertThat(ProvidedProtos.sameText(bytes("a\n"), bytes("a\n\n"))).isFalse();
        assertThat(ProvidedProtos.sameText(bytes("a\r"), bytes("a"))).isFalse();
        assertThat(ProvidedProtos.sameText(bytes(""), bytes(""))).isTrue();
    }

    @Test
    void protocErrorsEndTheStepWithTheirLocations() throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        write(contracts, "bad/bad.proto", """
                syntax = "proto3";
                package bad;
                message Bad { Missing m = 1; }
                """);

        ProtoReadResult result = new ProtoCompilation(TestProtoc.runner())
                .compile(contracts, List.of(), work.resolve("work"), work.resolve("java"));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).map(Diagnostic::toString)
                .containsExactly("bad/bad.proto:3:15: \"Missing\" is not defined.");
    }

    @Test
    void noProtosNoProtoc() throws IOException {
        ProtoReadResult result = new ProtoCompilation(new ProtocRunner(work.resolve("no-protoc-needed")))
                .compile(Files.createDirectories(work.resolve("contracts")), List.of(), work, work.resolve("java"));

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
    }

    private static final String MONEY = """
            syntax = "proto3";
            package shared.v1;
            option java_package = "com.example.shared";
            message Money { int64 cents = 1; }
            """;

    private static final String SHOP = """
            syntax = "proto3";
            package shop.v1;
            import "shared/v1/money.proto";
            service Shop { rpc Quote(shared.v1.Money) returns (shared.v1.Money); }
            """;

    private Path jar(String name, String entry, String content) throws IOException {
        Path jar = work.resolve("lib").resolve(name);
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes(content));
            zip.closeEntry();
        }
        return jar;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static List<String> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
