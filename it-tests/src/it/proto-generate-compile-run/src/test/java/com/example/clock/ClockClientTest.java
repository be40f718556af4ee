package com.example.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.clock.v1.ClockClient;
import com.example.clock.v1.ClockGrpc;
import com.example.clock.v1.Tick;
import com.example.clock.v1.TickRequest;
import com.example.clock.v1.TimeReply;
import com.example.clock.v1.TimeRequest;
import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import io.github.contractgen.runtime.grpc.GrpcStatusException;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated clients against a real gRPC server on loopback that implements the generated base class. */
class ClockClientTest {

    private static final Timestamp NOON = Timestamp.newBuilder().setSeconds(1_767_268_800L).build();

    /** The server: a fixed clock, so that the test knows every answer. */
    static final class FixedClock extends ClockGrpc.ClockImplBase {
        @Override
        public void now(TimeRequest request, StreamObserver<TimeReply> responses) {
            if (request.getZone().isEmpty()) {
                responses.onError(Status.INVALID_ARGUMENT.withDescription("zone is required").asRuntimeException());
                return;
            }
            responses.onNext(TimeReply.newBuilder().setNow(NOON).setZone(request.getZone()).build());
            responses.onCompleted();
        }

        @Override
        public void ticks(TickRequest request, StreamObserver<Tick> responses) {
            for (int i = 1; i <= request.getCount(); i++) {
                long seconds = NOON.getSeconds() + (long) i * request.getEvery().getSeconds();
                responses.onNext(Tick.newBuilder().setNumber(i).setAt(Timestamp.newBuilder().setSeconds(seconds)).build());
            }
            responses.onCompleted();
        }
    }

    private Server server;
    private ClockClient clock;

    @BeforeEach
    void start() throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new FixedClock()).build().start();
        clock = ClockClient.builder()
                .target("127.0.0.1:" + server.getPort())
                .plaintext()
                .deadline(java.time.Duration.ofSeconds(60))
                .build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        clock.close();
        server.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void aUnaryCallReturnsTheTypedReply() {
        TimeReply reply = clock.now(TimeRequest.newBuilder().setZone("Europe/Berlin").build());

        assertEquals(NOON, reply.getNow());
        assertEquals("Europe/Berlin", reply.getZone());
    }

    @Test
    void aServerStreamArrivesInOrder() {
        TickRequest request = TickRequest.newBuilder().setCount(3).setEvery(Duration.newBuilder().setSeconds(60)).build();
        try (Stream<Tick> ticks = clock.ticks(request)) {
            assertEquals(List.of(1, 2, 3), ticks.map(Tick::getNumber).toList());
        }
    }

    @Test
    void theAsyncClientGivesAFuture() throws Exception {
        TimeReply reply = clock.async().now(TimeRequest.newBuilder().setZone("UTC").build()).get(60, TimeUnit.SECONDS);

        assertEquals("UTC", reply.getZone());
    }

    @Test
    void anErrorStatusBecomesATypedException() {
        GrpcStatusException error = assertThrows(GrpcStatusException.class,
                () -> clock.now(TimeRequest.getDefaultInstance()));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.code());
        assertEquals("zone is required", error.status().getDescription());
    }
}
