package com.example.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.payments.v1.PayRequest;
import com.example.payments.v1.PaymentsClient;
import com.example.payments.v1.PaymentsGrpc;
import com.example.payments.v1.Receipt;
import com.google.protobuf.Timestamp;
import com.google.rpc.Code;
import com.google.type.Money;
import io.github.contractgen.runtime.grpc.GrpcStatusException;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated client against a real gRPC server on loopback. The messages carry com.google.type.Money
 * and com.google.rpc.Status from the proto-google-common-protos jar: the generated code compiled and runs
 * against the jar's classes, because the plugin generated none of its own for them.
 */
class PaymentsClientTest {

    private static final Timestamp NOON = Timestamp.newBuilder().setSeconds(1_767_268_800L).build();

    /** The server: charges positive amounts, refuses others with a google.rpc.Status in the trailers. */
    static final class Cashier extends PaymentsGrpc.PaymentsImplBase {
        @Override
        public void pay(PayRequest request, StreamObserver<Receipt> responses) {
            if (request.getAmount().getUnits() <= 0) {
                com.google.rpc.Status refusal = com.google.rpc.Status.newBuilder()
                        .setCode(Code.INVALID_ARGUMENT_VALUE).setMessage("amount must be positive").build();
                responses.onError(StatusProto.toStatusRuntimeException(refusal));
                return;
            }
            responses.onNext(receipt(request));
            responses.onCompleted();
        }

        @Override
        public StreamObserver<PayRequest> payAll(StreamObserver<Receipt> responses) {
            return new StreamObserver<>() {
                @Override
                public void onNext(PayRequest request) {
                    responses.onNext(receipt(request));
                }

                @Override
                public void onError(Throwable failure) {
                    responses.onError(Status.CANCELLED.withCause(failure).asRuntimeException());
                }

                @Override
                public void onCompleted() {
                    responses.onCompleted();
                }
            };
        }

        private static Receipt receipt(PayRequest request) {
            return Receipt.newBuilder().setOrderId(request.getOrderId()).setCharged(request.getAmount()).setAt(NOON).build();
        }
    }

    private Server server;
    private PaymentsClient payments;

    @BeforeEach
    void start() throws Exception {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new Cashier()).build().start();
        payments = PaymentsClient.builder()
                .target("127.0.0.1:" + server.getPort())
                .plaintext()
                .deadline(Duration.ofSeconds(60))
                .build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        payments.close();
        server.shutdownNow().awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void aPaymentReturnsAReceiptWithTheJarsMoney() {
        Money amount = Money.newBuilder().setCurrencyCode("EUR").setUnits(12).setNanos(500_000_000).build();

        Receipt receipt = payments.pay(PayRequest.newBuilder().setOrderId("o-1").setAmount(amount).build());

        assertEquals("o-1", receipt.getOrderId());
        assertEquals(amount, receipt.getCharged());
        assertEquals(NOON, receipt.getAt());
    }

    @Test
    void aRefusalCarriesTheJarsRpcStatusInTheTrailers() {
        PayRequest nothing = PayRequest.newBuilder().setOrderId("o-2")
                .setAmount(Money.newBuilder().setCurrencyCode("EUR")).build();

        GrpcStatusException failure = assertThrows(GrpcStatusException.class, () -> payments.pay(nothing));

        assertEquals(Status.Code.INVALID_ARGUMENT, failure.code());
        com.google.rpc.Status refusal = StatusProto.fromStatusAndTrailers(failure.status(), failure.trailers());
        assertEquals("amount must be positive", refusal.getMessage());
        assertEquals(Code.INVALID_ARGUMENT_VALUE, refusal.getCode());
    }

    @Test
    void aStreamOfPaymentsReturnsAReceiptForEach() {
        List<PayRequest> requests = List.of(
                PayRequest.newBuilder().setOrderId("o-3").setAmount(Money.newBuilder().setCurrencyCode("EUR").setUnits(1)).build(),
                PayRequest.newBuilder().setOrderId("o-4").setAmount(Money.newBuilder().setCurrencyCode("USD").setUnits(2)).build());

        try (Stream<Receipt> receipts = payments.payAll(requests)) {
            assertEquals(List.of("o-3:EUR", "o-4:USD"),
                    receipts.map(r -> r.getOrderId() + ":" + r.getCharged().getCurrencyCode()).toList());
        }
    }
}
