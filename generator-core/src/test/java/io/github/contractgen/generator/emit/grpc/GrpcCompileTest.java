package io.github.contractgen.generator.emit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import io.github.contractgen.generator.testing.InMemoryCompiler.Compilation;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every test proto's services through our emitters, compiled with protoc's message classes. */
class GrpcCompileTest {

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

    static ProtoFixture fixture;
    static Compilation compiled;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        fixture = ProtoFixture.of(work, FILES);
        Map<String, String> sources = new TreeMap<>(fixture.protocSources());
        sources.putAll(InMemoryCompiler.sources(fixture.generated()));
        compiled = InMemoryCompiler.compileSources(sources).requireSuccess();
    }

    @Test
    void generatedFilesCompileWithoutWarnings() {
        Set<String> ours = InMemoryCompiler.sources(fixture.generated()).keySet();
        assertThat(fixture.generated()).hasSizeGreaterThanOrEqualTo(3 * fixture.read().services().size());
        assertThat(compiled.warnings()).filteredOn(w -> ours.stream().anyMatch(w::contains)).isEmpty();
    }

    @Test
    void descriptorsCarryTheWireNamesAndIdempotency() throws Exception {
        Class<?> grpc = compiled.load("io.github.contractgen.test.features.OrdersGrpc");
        assertThat(grpc.getField("SERVICE_NAME").get(null)).isEqualTo("contractgen.test.features.Orders");
        MethodDescriptor<?, ?> getOrder = (MethodDescriptor<?, ?>) grpc.getMethod("getGetOrderMethod").invoke(null);
        MethodDescriptor<?, ?> upload = (MethodDescriptor<?, ?>) grpc.getMethod("getUploadMethod").invoke(null);
        MethodDescriptor<?, ?> chat = (MethodDescriptor<?, ?>) grpc.getMethod("getChatMethod").invoke(null);

        assertThat(getOrder.getFullMethodName()).isEqualTo("contractgen.test.features.Orders/GetOrder");
        assertThat(getOrder.getType()).isEqualTo(MethodDescriptor.MethodType.UNARY);
        assertThat(getOrder.isSafe()).isTrue();
        assertThat(upload.isIdempotent()).isTrue();
        assertThat(upload.isSafe()).isFalse();
        assertThat(chat.getType()).isEqualTo(MethodDescriptor.MethodType.BIDI_STREAMING);
        assertThat(chat.isIdempotent()).isFalse();
        ServiceDescriptor service = (ServiceDescriptor) grpc.getMethod("getServiceDescriptor").invoke(null);
        assertThat(service.getMethods()).hasSize(5);
        assertThat(service.getSchemaDescriptor()).isInstanceOf(io.grpc.protobuf.ProtoServiceDescriptorSupplier.class);
    }

    @Test
    void grpcClassHasTheMembersOfProtocGenGrpcJava() throws Exception {
        Class<?> grpc = compiled.load("io.github.contractgen.test.features.OrdersGrpc");
        assertThat(grpc.getMethod("newStub", io.grpc.Channel.class).getReturnType().getSimpleName()).isEqualTo("OrdersStub");
        assertThat(grpc.getMethod("newBlockingStub", io.grpc.Channel.class).getReturnType().getSimpleName())
                .isEqualTo("OrdersBlockingStub");
        assertThat(grpc.getMethod("newFutureStub", io.grpc.Channel.class).getReturnType().getSimpleName())
                .isEqualTo("OrdersFutureStub");
        Class<?> implBase = compiled.load("io.github.contractgen.test.features.OrdersGrpc$OrdersImplBase");
        assertThat(Modifier.isAbstract(implBase.getModifiers())).isTrue();
        assertThat(io.grpc.BindableService.class).isAssignableFrom(implBase);
        Class<?> blocking = compiled.load("io.github.contractgen.test.features.OrdersGrpc$OrdersBlockingStub");
        assertThat(List.of(blocking.getDeclaredMethods()).stream().map(Method::getName))
                .contains("getOrder", "streamLines", "ping").doesNotContain("upload", "chat");
    }

    @Test
    void facadesOfferEveryCallInTheirShape() {
        Class<?> client = compiled.load("io.github.contractgen.test.features.OrdersClient");
        Class<?> async = compiled.load("io.github.contractgen.test.features.OrdersAsyncClient");
        assertThat(signature(client, "getOrder")).isEqualTo("Order(OrderRequest)");
        assertThat(signature(client, "streamLines")).isEqualTo("Stream(OrderRequest)");
        assertThat(signature(client, "upload")).isEqualTo("Order(Iterable)");
        assertThat(signature(client, "chat")).isEqualTo("Stream(Iterable)");
        assertThat(signature(async, "getOrder")).isEqualTo("CompletableFuture(OrderRequest)");
        assertThat(signature(async, "streamLines")).isEqualTo("Publisher(OrderRequest)");
        assertThat(signature(async, "upload")).isEqualTo("CompletableFuture(Publisher)");
        assertThat(signature(async, "chat")).isEqualTo("Publisher(Publisher)");
        assertThat(method(client, "ping").isAnnotationPresent(Deprecated.class)).isTrue();
    }

    @Test
    void outputIsTheSameOnEveryRun() throws IOException {
        List<String> again = ProtoFixture.of(work.resolve("again"), FILES).generated().stream()
                .map(JavaFile::toString).toList();
        assertThat(again).containsExactlyElementsOf(fixture.generated().stream().map(JavaFile::toString).toList());
    }

    private static String signature(Class<?> type, String name) {
        Method method = method(type, name);
        return method.getReturnType().getSimpleName() + "(" + String.join(",",
                List.of(method.getParameterTypes()).stream().map(Class::getSimpleName).toList()) + ")";
    }

    private static Method method(Class<?> type, String name) {
        return List.of(type.getDeclaredMethods()).stream().filter(m -> m.getName().equals(name)
                && Modifier.isPublic(m.getModifiers())).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
