package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.Diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocRunnerTest {

    @TempDir
    Path work;

    @Test
    void writesMessageClassesAndADescriptorSetWithImportsAndSourceInfo() throws IOException {
        ProtocResult result = TestProtoc.compile(TestProtoc.testProtos(), List.of("features/proto3_features.proto"), work);

        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        assertThat(work.resolve("java/io/github/contractgen/test/features/Proto3Features.java")).isRegularFile();
        var set = com.google.protobuf.DescriptorProtos.FileDescriptorSet.parseFrom(
                Files.readAllBytes(work.resolve("descriptors.pb")));
        assertThat(set.getFileList()).extracting(f -> f.getName()).containsExactly(
                "google/protobuf/empty.proto", "google/protobuf/timestamp.proto", "features/proto3_features.proto");
        assertThat(set.getFile(2).getSourceCodeInfo().getLocationCount()).isPositive();
    }

    @Test
    void reportsAnUndefinedTypeWithTheFileRelativeToItsIncludePathAndThePosition() throws IOException {
        ProtocResult result = TestProtoc.compile(TestProtoc.testProtos(), List.of("broken/broken.proto"), work);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.diagnostics()).map(Diagnostic::toString)
                .containsExactly("broken/broken.proto:7:3: \"NoSuchType\" is not defined.");
    }

    @Test
    void reportsAMissingFile() throws IOException {
        ProtocResult result = TestProtoc.compile(TestProtoc.testProtos(), List.of("nowhere/missing.proto"), work);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.location().file()).isEqualTo("nowhere/missing.proto");
        });
    }

    @Test
    void aWarningDoesNotFailTheRun() throws IOException {
        Path contracts = Files.createDirectories(work.resolve("contracts"));
        Files.writeString(contracts.resolve("unused.proto"), """
                syntax = "proto3";
                package unused;
                import "google/protobuf/empty.proto";
                message Nothing {}
                """);

        ProtocResult result = TestProtoc.compile(contracts, List.of("unused.proto"), work);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.location().file()).isEqualTo("unused.proto");
            assertThat(d.location().line()).isEqualTo(3);
            assertThat(d.message()).contains("google/protobuf/empty.proto");
        });
    }

    @Test
    void aProtocThatCannotStartIsAnIoException() {
        ProtocRunner runner = new ProtocRunner(work.resolve("no-such-protoc"));
        ProtocRequest request = new ProtocRequest(List.of(work), List.of("a.proto"), Optional.empty(), work.resolve("d.pb"));

        assertThatThrownBy(() -> runner.run(request)).isInstanceOf(IOException.class);
    }

    @Test
    void theCommandLineAsksForImportsAndSourceInfo() {
        ProtocRunner runner = new ProtocRunner(Path.of("protoc"));
        ProtocRequest request = new ProtocRequest(List.of(Path.of("contracts"), Path.of("wkt")), List.of("a/b.proto"),
                Optional.of(Path.of("out")), Path.of("d.pb"));

        assertThat(runner.command(request)).containsExactly("protoc", "--proto_path=contracts", "--proto_path=wkt",
                "--java_out=out", "--include_imports", "--include_source_info", "--descriptor_set_out=d.pb", "a/b.proto");
    }
}
