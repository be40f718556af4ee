package io.github.contractgen.generator.emit.grpc;

import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A hostile implementation of the test proto's {@code Orders} service, written without its classes: it
 * reads requests as raw bytes and answers {@code GetOrder} and {@code StreamLines} with bytes no protobuf
 * message parses from (a tag with the invalid wire type 7).
 */
final class GarbageOrders {

    private static final String SERVICE = "contractgen.test.features.Orders";
    private static final byte[] UNPARSABLE = {0x0F};

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private GarbageOrders() {}

    static ServerServiceDefinition service() {
        return ServerServiceDefinition.builder(SERVICE)
                .addMethod(method(MethodType.UNARY, "GetOrder"), ServerCalls.asyncUnaryCall(GarbageOrders::answer))
                .addMethod(method(MethodType.SERVER_STREAMING, "StreamLines"),
                        ServerCalls.asyncServerStreamingCall(GarbageOrders::answer))
                .build();
    }

    private static void answer(byte[] request, StreamObserver<byte[]> responses) {
        responses.onNext(UNPARSABLE);
        responses.onCompleted();
    }

    private static MethodDescriptor<byte[], byte[]> method(MethodType type, String name) {
        return MethodDescriptor.<byte[], byte[]>newBuilder().setType(type)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
                .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();
    }
}
