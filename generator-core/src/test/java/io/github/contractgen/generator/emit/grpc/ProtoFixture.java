package io.github.contractgen.generator.emit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.RpcService;
import io.github.contractgen.generator.reader.proto.ProtoReadResult;
import io.github.contractgen.generator.reader.proto.ProtoReader;
import io.github.contractgen.generator.reader.proto.ProtocResult;
import io.github.contractgen.generator.reader.proto.TestProtoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test protos through protoc and the reader, then our gRPC emitters: the sources a build would compile. */
record ProtoFixture(ProtoReadResult read, Map<String, String> protocSources, List<JavaFile> generated) {

    /** Compiles {@code files} (below the module's test protos) with a real protoc into {@code work}. */
    static ProtoFixture of(Path work, List<String> files) throws IOException {
        ProtocResult protoc = TestProtoc.compile(TestProtoc.testProtos(), files, work);
        assertThat(protoc.hasErrors()).as("%s", protoc.diagnostics()).isFalse();
        ProtoReadResult read = new ProtoReader().read(work.resolve("descriptors.pb"), files);
        assertThat(read.diagnostics()).isEmpty();
        List<JavaFile> generated = new ArrayList<>();
        for (ProtoFile file : read.files()) {
            for (RpcService service : file.services()) {
                generated.addAll(GrpcFiles.of(RpcEmitContext.of(file, service)));
            }
        }
        return new ProtoFixture(read, javaSources(work.resolve("java")), generated);
    }

    /** Every .java file below {@code root}, by relative path. */
    static Map<String, String> javaSources(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    RpcService service(String fullName) {
        return read.services().stream().filter(s -> s.fullName().equals(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + fullName));
    }
}
