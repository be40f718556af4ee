package demo;

import io.github.contractgen.test.features.OrdersGrpc;
import io.github.contractgen.test.features.Proto3Features.Order;
import io.github.contractgen.test.features.Proto3Features.OrderRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/** The test server: a real implementation of the generated ImplBase. */
public final class OrdersService extends OrdersGrpc.OrdersImplBase {

    public static final Metadata.Key<String> REASON = Metadata.Key.of("x-reason", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public void getOrder(OrderRequest request, StreamObserver<Order> responses) {
        if (request.getId().equals("missing")) {
            Metadata trailers = new Metadata();
            trailers.put(REASON, "no order " + request.getId());
            responses.onError(Status.NOT_FOUND.withDescription("no such order").asRuntimeException(trailers));
            return;
        }
        responses.onNext(Order.newBuilder().setId(request.getId()).setNote("found").build());
        responses.onCompleted();
    }

    @Override
    public void streamLines(OrderRequest request, StreamObserver<Order.Line> responses) {
        for (int i = 1; i <= 3; i++) {
            responses.onNext(Order.Line.newBuilder().setSku(request.getId() + "-" + i).setQuantity(i).build());
        }
        responses.onCompleted();
    }

    @Override
    public StreamObserver<Order.Line> upload(StreamObserver<Order> responses) {
        Order.Builder order = Order.newBuilder().setId("uploaded");
        return new StreamObserver<>() {
            @Override
            public void onNext(Order.Line line) {
                order.addLines(line);
            }

            @Override
            public void onError(Throwable failure) {
                // the client went away: nothing to answer
            }

            @Override
            public void onCompleted() {
                responses.onNext(order.build());
                responses.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<Order.Line.Discount> chat(StreamObserver<Order.Line.Discount> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(Order.Line.Discount discount) {
                responses.onNext(Order.Line.Discount.newBuilder().setPercent(discount.getPercent() * 2).build());
            }

            @Override
            public void onError(Throwable failure) {
                // the client went away: nothing to answer
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }
}
