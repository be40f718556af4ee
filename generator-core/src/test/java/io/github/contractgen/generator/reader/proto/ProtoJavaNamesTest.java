package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtoJavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "foo_bar_baz.proto, FooBarBaz",
        "helloworld.proto, Helloworld",
        "route_guide.proto, RouteGuide",
        "old-style_v2.proto, OldStyleV2",
        "a/b/test3x.proto, Test3X",
        "camelCase.proto, CamelCase",
        "HTTPThing.proto, HTTPThing",
        "x.y.proto, XY",
        "nested/dir/file.protodevel, File",
    })
    void theOuterClassIsTheFileNameInCamelCase(String file, String outerClass) {
        assertThat(ProtoJavaNames.outerClassName(FileDescriptorProto.newBuilder().setName(file).build()))
                .isEqualTo(outerClass);
    }

    @ParameterizedTest
    @ValueSource(strings = {"proto2", "proto3"})
    void aClashWithATopLevelMessageAddsOuterClass(String syntax) {
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("dir/thing.proto").setSyntax(syntax)
                .addMessageType(DescriptorProto.newBuilder().setName("Thing")).build();

        assertThat(ProtoJavaNames.outerClassName(file)).isEqualTo("ThingOuterClass");
    }

    @ParameterizedTest
    @CsvSource({"Thing, ThingOuterClass", "thing, Thing"})
    void onlyAnExactClashCounts(String messageName, String outerClass) {
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("thing.proto")
                .addMessageType(DescriptorProto.newBuilder().setName(messageName)).build();

        assertThat(ProtoJavaNames.outerClassName(file)).isEqualTo(outerClass);
    }

    @ParameterizedTest
    @CsvSource({"'', pkg.v1, pkg.v1", "com.example, pkg.v1, com.example", "'', '', ''"})
    void theJavaPackageIsJavaPackageElseTheProtoPackage(String javaPackage, String protoPackage, String expected) {
        FileOptions.Builder options = FileOptions.newBuilder();
        if (!javaPackage.isEmpty()) {
            options.setJavaPackage(javaPackage);
        }
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("a.proto").setPackage(protoPackage)
                .setOptions(options).build();

        assertThat(ProtoJavaNames.javaPackage(file)).isEqualTo(expected);
    }
}
