package io.github.contractgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocPlatformTest {

    @ParameterizedTest
    @CsvSource({
            "Linux, amd64, linux-x86_64",
            "Linux, aarch64, linux-aarch_64",
            "Mac OS X, x86_64, osx-x86_64",
            "Mac OS X, aarch64, osx-aarch_64",
            "Windows 11, amd64, windows-x86_64",
            "Windows Server 2022, arm64, windows-aarch_64"})
    void knownPlatformsGetProtocsClassifier(String osName, String osArch, String classifier) {
        assertThat(ProtocPlatform.classifier(osName, osArch)).contains(classifier);
    }

    @ParameterizedTest
    @CsvSource({"FreeBSD, amd64", "Linux, s390x", "Linux, riscv64", "SunOS, sparcv9"})
    void otherPlatformsGetNone(String osName, String osArch) {
        assertThat(ProtocPlatform.classifier(osName, osArch)).isEqualTo(Optional.empty());
    }

    @Test
    void thisMachineIsKnown() {
        assertThat(ProtocPlatform.current()).isPresent();
    }

    @Test
    void protoContractsAreFoundOutsideDotDirectoriesOnly(@TempDir Path contracts) throws IOException {
        assertThat(ProtoContracts.present(contracts.resolve("missing"))).isFalse();
        Files.createDirectories(contracts.resolve(".git"));
        Files.writeString(contracts.resolve(".git/x.proto"), "syntax = \"proto3\";");
        Files.writeString(contracts.resolve("api.yaml"), "openapi: 3.0.3");
        assertThat(ProtoContracts.present(contracts)).isFalse();
        Files.createDirectories(contracts.resolve("grpc"));
        Files.writeString(contracts.resolve("grpc/greeter.proto"), "syntax = \"proto3\";");
        assertThat(ProtoContracts.present(contracts)).isTrue();
    }

    @Test
    void protocIsCopiedExecutableAndOnlyOnce(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("protoc-repo.exe"), "#!/bin/sh\n");
        Path target = ProtocResolver.copyExecutable(source, dir.resolve("work/protoc.exe"));
        assertThat(target).hasContent("#!/bin/sh");
        assertThat(Files.isExecutable(target)).isTrue();
        Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

        ProtocResolver.copyExecutable(source, target);

        assertThat(Files.getLastModifiedTime(target).toMillis()).isEqualTo(1_000_000_000_000L);
    }
}
