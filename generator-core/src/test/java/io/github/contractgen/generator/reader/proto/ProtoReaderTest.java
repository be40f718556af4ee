package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.ProtoMessageType;
import io.github.contractgen.generator.model.RpcMethod;
import io.github.contractgen.generator.model.RpcMethod.Idempotency;
import io.github.contractgen.generator.model.RpcMethod.Kind;
import io.github.contractgen.generator.model.RpcService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own small protos, each for a feature, through protoc and the reader; names checked against javac. */
class ProtoReaderTest {

    static final List<String> FILES = List.of(
            "features/proto3_features.proto",
            "clash/clash_name.proto",
            "clash/deep_clash.proto",
            "multi/multiple_files.proto",
            "legacy/old-style_v2.proto",
            "editions/edition_2023.proto",
            "editions/edition_2024.proto");

    @TempDir
    static Path work;

    static ProtoReadResult result;
    static Map<String, ProtoFile> files;

    @BeforeAll
    static void compileAndRead() throws IOException {
        ProtocResult protoc = TestProtoc.compile(TestProtoc.testProtos(), FILES, work);
        assertThat(protoc.hasErrors()).as("%s", protoc.diagnostics()).isFalse();
        result = new ProtoReader().read(work.resolve("descriptors.pb"), FILES);
        files = result.files().stream().collect(Collectors.toMap(ProtoFile::path, Function.identity()));
    }

    @Test
    void readsEveryFileWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.files()).map(ProtoFile::path).containsExactlyElementsOf(FILES.stream().sorted().toList());
    }

    @Test
    void readsServicesAndMethodsWithTheirKindsAndOptions() {
        RpcService orders = service("contractgen.test.features.Orders");

        assertThat(orders.name()).isEqualTo("Orders");
        assertThat(orders.protoPackage()).isEqualTo("contractgen.test.features");
        assertThat(orders.javaPackage()).isEqualTo("io.github.contractgen.test.features");
        assertThat(orders.outerClassName()).isEqualTo("Proto3Features");
        assertThat(orders.methods()).extracting(RpcMethod::name, RpcMethod::kind, RpcMethod::idempotency,
                RpcMethod::deprecated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GetOrder", Kind.UNARY, Idempotency.NO_SIDE_EFFECTS, false),
                        org.assertj.core.groups.Tuple.tuple("StreamLines", Kind.SERVER_STREAMING, Idempotency.UNKNOWN, false),
                        org.assertj.core.groups.Tuple.tuple("Upload", Kind.CLIENT_STREAMING, Idempotency.IDEMPOTENT, false),
                        org.assertj.core.groups.Tuple.tuple("Chat", Kind.BIDI_STREAMING, Idempotency.UNKNOWN, false),
                        org.assertj.core.groups.Tuple.tuple("Ping", Kind.UNARY, Idempotency.UNKNOWN, true));
        assertThat(orders.methods().get(0).fullMethodName()).isEqualTo("contractgen.test.features.Orders/GetOrder");
        assertThat(orders.methods()).filteredOn(RpcMethod::retryable).map(RpcMethod::name)
                .containsExactly("GetOrder", "Upload");
    }

    @Test
    void keepsCommentsAndLocations() {
        RpcService orders = service("contractgen.test.features.Orders");

        assertThat(orders.description()).isEqualTo("Takes and tracks orders.\n\nSecond paragraph.");
        assertThat(orders.location().toString())
                .isEqualTo("features/proto3_features.proto:47:1 (contractgen.test.features.Orders)");
        RpcMethod getOrder = orders.methods().get(0);
        assertThat(getOrder.description()).isEqualTo("Fetches one order.");
        assertThat(getOrder.location().line()).isEqualTo(49);
        assertThat(getOrder.location().column()).isEqualTo(3);
        assertThat(orders.methods().get(2).description()).isEmpty();
    }

    @Test
    void namesMessagesAsProtocJavaDoes() {
        RpcService orders = service("contractgen.test.features.Orders");
        assertThat(orders.methods().get(3).inputType().javaCanonicalName())
                .isEqualTo("io.github.contractgen.test.features.Proto3Features.Order.Line.Discount");
        assertThat(orders.methods().get(4).inputType().javaCanonicalName()).isEqualTo("com.google.protobuf.Empty");
        assertThat(service("contractgen.test.clash.Echo").methods().get(0).inputType().javaSimpleNames())
                .containsExactly("ClashNameOuterClass", "ClashName");
        assertThat(files.get("clash/deep_clash.proto").outerClassName()).isEqualTo("DeepClashOuterClass");
        assertThat(service("contractgen.test.multi.Pinger").methods().get(0).outputType().javaCanonicalName())
                .isEqualTo("io.github.contractgen.test.multi.Ping.Payload");
        assertThat(service("legacy.v1.RecordStore").outerClassName()).isEqualTo("OldStyleV2");
        assertThat(service("legacy.v1.RecordStore").javaPackage()).isEqualTo("legacy.v1");
        RpcMethod things = service("contractgen.test.editions24.Things").methods().get(0);
        assertThat(things.inputType().javaSimpleNames()).containsExactly("Loose");
        assertThat(things.outputType().javaSimpleNames()).containsExactly("Edition2024Proto", "Nested");
    }

    @Test
    void recordsSyntaxEditionAndFileOptions() {
        assertThat(files.get("legacy/old-style_v2.proto").syntax()).isEqualTo("proto2");
        assertThat(files.get("features/proto3_features.proto").syntax()).isEqualTo("proto3");
        ProtoFile edition2023 = files.get("editions/edition_2023.proto");
        assertThat(edition2023.syntax()).isEqualTo("editions");
        assertThat(edition2023.edition()).isEqualTo("2023");
        assertThat(edition2023.multipleFiles()).isTrue();
        assertThat(files.get("multi/multiple_files.proto").outerClassName()).isEqualTo("MultiProto");
        assertThat(service("contractgen.test.multi.Pinger").deprecated()).isTrue();
        assertThat(service("contractgen.test.multi.Pinger").methods()).allMatch(RpcMethod::deprecated);
    }

    @Test
    void everyMethodTypeIsAClassProtocWrote() throws Exception {
        try (GeneratedJava java = GeneratedJava.compile(work.resolve("java"),
                Files.createDirectories(work.resolve("classes")))) {
            for (RpcService service : result.services()) {
                for (RpcMethod method : service.methods()) {
                    for (ProtoMessageType type : List.of(method.inputType(), method.outputType())) {
                        assertThat(java.load(type).getCanonicalName()).isEqualTo(type.javaCanonicalName());
                    }
                }
            }
        }
    }

    @Test
    void aFileMissingFromTheSetIsAnError() {
        ProtoReadResult missing = new ProtoReader().read(work.resolve("descriptors.pb"), List.of("nope.proto"));

        assertThat(missing.hasErrors()).isTrue();
        assertThat(missing.diagnostics()).map(Diagnostic::toString).singleElement().asString()
                .startsWith("nope.proto: the descriptor set has no file 'nope.proto'");
    }

    @Test
    void aFileThatIsNotADescriptorSetIsAnError() throws IOException {
        Path bogus = Files.writeString(work.resolve("bogus.pb"), "not a descriptor set");

        ProtoReadResult read = new ProtoReader().read(bogus, List.of("a.proto"));

        assertThat(read.hasErrors()).isTrue();
        assertThat(read.files()).isEmpty();
    }

    private static RpcService service(String fullName) {
        return result.services().stream().filter(s -> s.fullName().equals(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + fullName + " in " + result.services()));
    }
}
