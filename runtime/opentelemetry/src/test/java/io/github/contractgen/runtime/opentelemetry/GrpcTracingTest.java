package io.github.contractgen.runtime.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThatThrownBy;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.github.contractgen.runtime.grpc.GrpcCalls;
import io.github.contractgen.runtime.grpc.GrpcChannels;
import io.grpc.CallOptions;
import io.grpc.Contexts;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real gRPC call over Netty on 127.0.0.1 makes a CLIENT span whose context travels in the metadata. */
class GrpcTracingTest {

    private static final Metadata.Key<String> TRACEPARENT =
            Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);

    /** A hand-written descriptor with UTF-8 string messages: no protoc needed. */
    private static final MethodDescriptor<String, String> GREET = MethodDescriptor.<String, String>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("test.Greeter", "Greet"))
            .setRequestMarshaller(new Utf8())
            .setResponseMarshaller(new Utf8())
            .build();

    Tracing tracing;
    Server server;
    ManagedChannel channel;
    final List<String> receivedTraceparents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        tracing = new Tracing();
        ServerServiceDefinition service = ServerServiceDefinition.builder("test.Greeter")
                .addMethod(GREET, ServerCalls.asyncUnaryCall((request, response) -> {
                    if (request.equals("nobody")) {
                        response.onError(Status.NOT_FOUND.withDescription("who?").asRuntimeException());
                        return;
                    }
                    response.onNext("hello " + request);
                    response.onCompleted();
                }))
                .build();
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(service, new TraceparentCapture()))
                .build()
                .start();
        channel = GrpcChannels.forTarget("127.0.0.1:" + server.getPort()).plaintext()
                .observer(new OpenTelemetryObserver(tracing.sdk)).build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(Tracing.WAIT, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(Tracing.WAIT, TimeUnit.SECONDS);
        tracing.close();
    }

    @Test
    void aCallIsOneClientSpanWithRpcAttributesAndItsContextInTheMetadata() throws Exception {
        assertThat(GrpcCalls.unary(channel, GREET, CallOptions.DEFAULT, "ada")).isEqualTo("hello ada");

        SpanData span = tracing.spans(1).get(0);
        assertThat(span).hasName("test.Greeter/Greet").hasKind(SpanKind.CLIENT)
                .hasAttributesSatisfyingExactly(
                        equalTo(SpanAttributes.RPC_SYSTEM, "grpc"),
                        equalTo(SpanAttributes.RPC_SERVICE, "test.Greeter"),
                        equalTo(SpanAttributes.RPC_METHOD, "Greet"),
                        equalTo(SpanAttributes.RPC_GRPC_STATUS_CODE, 0L),
                        equalTo(SpanAttributes.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(SpanAttributes.SERVER_PORT, (long) server.getPort()),
                        equalTo(SpanAttributes.CONTRACTGEN_SERVICE, "test.Greeter"),
                        equalTo(SpanAttributes.CONTRACTGEN_OPERATION, "test.Greeter/Greet"))
                .hasStatus(StatusData.unset());
        assertThat(receivedTraceparents).containsExactly(Tracing.traceparent(span));
    }

    @Test
    void anErrorStatusMarksTheSpanWithItsCode() throws Exception {
        assertThatThrownBy(() -> GrpcCalls.unary(channel, GREET, CallOptions.DEFAULT, "nobody"));

        SpanData span = tracing.spans(1).get(0);
        assertThat(span).hasStatus(StatusData.create(StatusCode.ERROR, ""))
                .hasAttribute(SpanAttributes.RPC_GRPC_STATUS_CODE, (long) Status.Code.NOT_FOUND.value())
                .hasAttribute(SpanAttributes.ERROR_TYPE, "NOT_FOUND");
    }

    /** Keeps the traceparent metadata of every call the server gets. */
    private final class TraceparentCapture implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                ServerCallHandler<Q, R> next) {
            String traceparent = headers.get(TRACEPARENT);
            receivedTraceparents.add(traceparent == null ? "none" : traceparent);
            return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
        }
    }

    private static final class Utf8 implements MethodDescriptor.Marshaller<String> {
        @Override
        public InputStream stream(String value) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
