package io.github.contractgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.reader.proto.TestProtoc;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .proto contracts through the whole generator: protoc once, message classes and our gRPC code in the output. */
class GeneratorProtoTest {

    @TempDir
    Path root;

    @Test
    void generatesMessagesStubsAndClientsThatCompile() throws IOException {
        TestProject project = projectWith("features/proto3_features.proto", "multi/multiple_files.proto");

        GenerationResult result = Generator.standard().generate(project.request().protocExecutable(TestProtoc.executable()).build());

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        assertThat(result.contracts()).isEqualTo(2);
        Map<String, String> output = project.snapshot();
        assertThat(output).containsKeys(
                "io/github/contractgen/test/features/Proto3Features.java",
                "io/github/contractgen/test/features/OrdersGrpc.java",
                "io/github/contractgen/test/features/OrdersClient.java",
                "io/github/contractgen/test/features/OrdersAsyncClient.java");
        assertThat(output.get("io/github/contractgen/test/features/OrdersClient.java"))
                .contains("comments = \"contractgen 1.0-test from src/main/contracts/features/proto3_features.proto\"")
                .doesNotContain(root.toString());
        List<GeneratedFile> javaFiles = output.entrySet().stream().filter(e -> e.getKey().endsWith(".java"))
                .map(e -> GeneratedFile.text(e.getKey(), e.getValue())).toList();
        InMemoryCompiler.compileGenerated(javaFiles).requireSuccess();
    }

    @Test
    void everyServiceGetsItsConfigFileAndUsageNotesInADirectoryOfItsOwnInsideTheSharedPackage() throws IOException {
        TestProject project = new TestProject(root).write("shop/two_services.proto", """
                syntax = "proto3";
                package shop.v1;
                option java_package = "com.example.shop.v1";
                option java_multiple_files = true;
                message Ping { string text = 1; }
                // Answers pings.
                service Echo {
                  // Sends the ping back.
                  rpc Say(Ping) returns (Ping);
                  rpc Chat(stream Ping) returns (stream Ping);
                }
                service Mirror { rpc Look(Ping) returns (stream Ping) { option deprecated = true; } }
                """);

        GenerationResult result = Generator.standard().generate(project.request().protocExecutable(TestProtoc.executable()).build());

        assertThat(result.status()).as("%s", result).isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> output = project.snapshot();
        assertThat(output).containsKeys("com/example/shop/v1/echo/README.md", "com/example/shop/v1/echo/echo.properties",
                "com/example/shop/v1/mirror/README.md", "com/example/shop/v1/mirror/mirror.properties");
        assertThat(output.get("com/example/shop/v1/echo/README.md"))
                .contains("from `shop/two_services.proto` (proto proto3)", "EchoClient.builder()",
                        ".config(EchoConfig.fromEnvironment())", "- `say`: unary `Say`",
                        "- `chat`: bidirectional streaming `Chat`", "| `shop.echo.target` | `SHOP_ECHO_TARGET` |",
                        "| `shop.echo.keepAlive.time` | `SHOP_ECHO_KEEP_ALIVE_TIME` |",
                        "`shop.echo.tls.privateKeyPassword` | `SHOP_ECHO_TLS_PRIVATE_KEY_PASSWORD` (secret")
                .doesNotContain("receives from", "## Operations");
        assertThat(output.get("com/example/shop/v1/mirror/README.md")).contains("- `look`: server streaming `Look` (deprecated)");
        String properties = output.get("com/example/shop/v1/echo/echo.properties");
        assertThat(properties).contains("src/main/resources/shop.echo.properties",
                        "#   none (a .proto file names no server: set the target)", "\nshop.echo.target=\n",
                        "\nshop.echo.deadline=\n", "# (secret) shop.echo.tls.privateKeyPassword=");
        assertThat(output.get("com/example/shop/v1/EchoConfig.java")).contains("\"shop.echo.target\"");
    }

    @Test
    void secondRunIsUpToDateAndAnotherProtocIsNot() throws IOException {
        TestProject project = projectWith("features/proto3_features.proto");
        GenerationRequest request = project.request().protocExecutable(TestProtoc.executable()).build();
        assertThat(Generator.standard().generate(request).status()).isEqualTo(GenerationResult.Status.GENERATED);
        Map<String, String> first = project.snapshot();

        assertThat(Generator.standard().generate(request).status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);

        Path fake = root.resolve("bin/protoc");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\necho 'libprotoc 1.0'\n", StandardCharsets.UTF_8);
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        GenerationResult other = Generator.standard().generate(project.request().protocExecutable(fake).build());
        assertThat(other.status()).as("a protoc of another version makes the fingerprint differ (this one writes"
                + " no descriptor set, so the run fails)").isEqualTo(GenerationResult.Status.FAILED);
        assertThat(project.snapshot()).isEqualTo(first);
        assertThat(Generator.standard().generate(request).status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
    }

    @Test
    void protoContractsWithoutProtocFailSayingHowToConfigureIt() throws IOException {
        TestProject project = projectWith("features/proto3_features.proto");

        GenerationResult result = Generator.standard().generate(project.request().build());

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.location().file()).isEqualTo("features/proto3_features.proto");
            assertThat(error.message()).contains("protocExecutable").contains("com.google.protobuf:protoc");
        });
        assertThat(project.snapshot()).isEmpty();
    }

    @Test
    void aProtocThatDoesNotMatchProtobufJavaFailsNamingBothVersions() throws IOException {
        TestProject project = projectWith("features/proto3_features.proto");
        String protoc = ProtoStage.identity(TestProtoc.executable()).substring("libprotoc ".length());

        GenerationResult result = Generator.standard().generate(project.request()
                .protocExecutable(TestProtoc.executable()).protobufJavaVersion("3.25.5").build());

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.location().file()).isEqualTo("features/proto3_features.proto");
            assertThat(error.message()).contains("protoc " + protoc).contains("protobuf-java 3.25.5");
        });
        assertThat(project.snapshot()).isEmpty();

        String matching = "4." + protoc;
        assertThat(Generator.standard().generate(project.request().protocExecutable(TestProtoc.executable())
                .protobufJavaVersion(matching).build()).status()).isEqualTo(GenerationResult.Status.GENERATED);
    }

    @Test
    void protocErrorsFailWithFileLineAndColumnAndLeaveTheOutputAlone() throws IOException {
        TestProject project = projectWith("features/proto3_features.proto");
        GenerationRequest request = project.request().protocExecutable(TestProtoc.executable()).build();
        Generator.standard().generate(request);
        Map<String, String> before = project.snapshot();
        copy(project, "broken/broken.proto");

        GenerationResult result = Generator.standard().generate(request);

        assertThat(result.failed()).isTrue();
        assertThat(result.errors()).map(Diagnostic::toString)
                .anySatisfy(text -> assertThat(text).startsWith("broken/broken.proto:7:3: ").contains("NoSuchType"));
        assertThat(project.snapshot()).isEqualTo(before);
    }

    private TestProject projectWith(String... protos) throws IOException {
        TestProject project = new TestProject(root);
        for (String proto : protos) {
            copy(project, proto);
        }
        return project;
    }

    private static void copy(TestProject project, String proto) throws IOException {
        project.write(proto, Files.readString(TestProtoc.testProtos().resolve(proto), StandardCharsets.UTF_8));
    }
}
