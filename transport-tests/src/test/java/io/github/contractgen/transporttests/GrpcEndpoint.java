package io.github.contractgen.transporttests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.grpc.GrpcCalls;
import io.github.contractgen.runtime.grpc.GrpcChannels;
import io.github.contractgen.testsupport.SwitchableServerTls;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ApplicationProtocolConfig;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.grpc.netty.shaded.io.netty.handler.ssl.JdkSslContext;
import io.grpc.stub.ServerCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** grpc-java through {@link GrpcChannels}, against a Netty gRPC server. */
final class GrpcEndpoint implements Endpoint {

    private static final MethodDescriptor.Marshaller<String> STRING = new MethodDescriptor.Marshaller<>() {
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
    };
    private static final MethodDescriptor<String, String> ECHO = MethodDescriptor.<String, String>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("matrix.Echo", "Echo"))
            .setRequestMarshaller(STRING)
            .setResponseMarshaller(STRING)
            .build();

    private final SwitchableServerTls serverTls;
    private final Server server;

    GrpcEndpoint(TestCertificates pki) throws IOException {
        serverTls = SwitchableServerTls.of(pki, ServerIdentity.GOOD);
        // The server's own SSLContext (not key and trust managers) so that a switch also drops its
        // session cache: no client resumes a session made before the switch.
        ApplicationProtocolConfig h2 = new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, "h2");
        JdkSslContext ssl = new JdkSslContext(serverTls.sslContext(), false, null, IdentityCipherSuiteFilter.INSTANCE,
                h2, ClientAuth.REQUIRE, null, false);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .sslContext(ssl)
                .addService(ServerServiceDefinition.builder("matrix.Echo")
                        .addMethod(ECHO, ServerCalls.asyncUnaryCall((request, response) -> {
                            response.onNext("echo:" + request);
                            response.onCompleted();
                        }))
                        .build())
                .build()
                .start();
    }

    @Override
    public SwitchableServerTls serverTls() {
        return serverTls;
    }

    @Override
    public Client client(TlsConfig tls) {
        ManagedChannel channel = GrpcChannels.forTarget("127.0.0.1:" + server.getPort()).tls(tls).build();
        return new Client() {
            @Override
            public void roundTrip() {
                try {
                    CallOptions deadline = CallOptions.DEFAULT.withDeadlineAfter(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    assertThat(GrpcCalls.unary(channel, ECHO, deadline, "ping")).isEqualTo("echo:ping");
                } finally {
                    // Drops the connection: the next round trip makes a new one.
                    channel.enterIdle();
                }
            }

            @Override
            public void close() throws InterruptedException {
                channel.shutdownNow().awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        };
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow().awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "gRPC";
    }
}
