package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.RuntimeVersion;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProtocVersionTest {

    @Test
    void theTestsProtocMatchesTheProtobufJavaOnTheClassPath() throws IOException {
        String protobufJava = RuntimeVersion.MAJOR + "." + RuntimeVersion.MINOR + "." + RuntimeVersion.PATCH;

        String protoc = TestProtoc.runner().version();

        assertThat(ProtocVersion.mismatch(protoc, protobufJava)).isEmpty();
    }

    @Test
    void parsesProtocsVersionLine() {
        assertThat(ProtocVersion.parse("libprotoc 36.2\n")).contains("36.2");
        assertThat(ProtocVersion.parse("libprotoc 25.5")).contains("25.5");
        assertThat(ProtocVersion.parse("libprotoc 3.21.12")).contains("3.21");
        assertThat(ProtocVersion.parse("something else")).isEmpty();
    }

    @Test
    void aMismatchSaysWhichVersionsToLineUp() {
        assertThat(ProtocVersion.mismatch("25.5", "3.25.5")).isEmpty();
        assertThat(ProtocVersion.mismatch("36.2", "3.25.5")).contains("protoc 36.2 does not match protobuf-java 3.25.5:"
                + " use com.google.protobuf:protoc with the same version as protobuf-java (protoc 3.25.5 from Maven"
                + " Central for protobuf-java 3.25.5), or change protobuf-java");
    }
}
