package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
                .compile(contracts, List.of(dependency), work.resolve("work"), work.resolve("java"));

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
