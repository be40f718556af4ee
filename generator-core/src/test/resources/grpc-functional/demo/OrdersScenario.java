package demo;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.grpc.GrpcBlockingCalls;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.test.features.OrdersAsyncClient;
import io.github.contractgen.test.features.OrdersClient;
import io.github.contractgen.test.features.OrdersException;
import io.github.contractgen.test.features.Proto3Features.Order;
import io.github.contractgen.test.features.Proto3Features.OrderRequest;
import io.grpc.Metadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/** Calls every method through the generated clients, as a user would, and reports what came back. */
public final class OrdersScenario implements Function<Object[], Map<String, Object>> {

    private static final OrderRequest REQUEST = OrderRequest.newBuilder().setId("o-1").build();

    @Override
    public Map<String, Object> apply(Object[] settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        try (OrdersClient client = OrdersClient.builder()
                .target((String) settings[0])
                .tls((TlsConfig) settings[1])
                .observer((Observer) settings[2])
                .deadline(Duration.ofSeconds(60))
                .build()) {
            blocking(client, out);
            asynchronous(client.async(), out);
            try {
                Metadata headers = new Metadata();
                headers.put(Metadata.Key.of("x-caller", Metadata.ASCII_STRING_MARSHALLER), "scenario");
                client.withMetadata(headers).withDeadline(Duration.ofSeconds(60))
                        .getOrder(OrderRequest.newBuilder().setId("missing").build());
                out.put("error", "none");
            } catch (OrdersException e) {
                out.put("error", e.code() + ": " + e.status().getDescription() + " / " + e.trailers().get(OrdersService.REASON));
            }
            try {
                client.async().getOrder(OrderRequest.newBuilder().setId("missing").build()).get(60, TimeUnit.SECONDS);
                out.put("asyncError", "none");
            } catch (ExecutionException e) {
                OrdersException cause = (OrdersException) e.getCause();
                out.put("asyncError", cause.code() + " / " + cause.trailers().get(OrdersService.REASON));
            }
            try {
                client.withDeadline(null);
                out.put("nullDeadline", "accepted");
            } catch (NullPointerException e) {
                out.put("nullDeadline", e.getMessage());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void blocking(OrdersClient client, Map<String, Object> out) {
        out.put("unary", client.getOrder(REQUEST).getNote());
        try (Stream<Order.Line> lines = client.streamLines(REQUEST)) {
            out.put("serverStreaming", lines.map(Order.Line::getSku).toList());
        }
        out.put("clientStreaming", client.upload(List.of(line("a"), line("b"))).getLinesCount());
        try (Stream<Order.Line.Discount> doubled = client.chat(List.of(discount(10), discount(20)))) {
            out.put("bidi", doubled.map(Order.Line.Discount::getPercent).toList());
        }
    }

    private static void asynchronous(OrdersAsyncClient async, Map<String, Object> out) throws Exception {
        out.put("asyncUnary", async.getOrder(REQUEST).get(60, TimeUnit.SECONDS).getNote());
        out.put("asyncServerStreaming", collect(async.streamLines(REQUEST)).stream().map(Order.Line::getSku).toList());
        out.put("asyncClientStreaming", async.upload(GrpcBlockingCalls.fromIterable(List.of(line("c"), line("d"), line("e"))))
                .get(60, TimeUnit.SECONDS).getLinesCount());
        out.put("asyncBidi", collect(async.chat(GrpcBlockingCalls.fromIterable(List.of(discount(1), discount(2)))))
                .stream().map(Order.Line.Discount::getPercent).toList());
    }

    private static <T> List<T> collect(Flow.Publisher<T> publisher) throws Exception {
        CompletableFuture<List<T>> done = new CompletableFuture<>();
        List<T> items = new ArrayList<>();
        publisher.subscribe(new Flow.Subscriber<T>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(items);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static Order.Line line(String sku) {
        return Order.Line.newBuilder().setSku(sku).setQuantity(1).build();
    }

    private static Order.Line.Discount discount(int percent) {
        return Order.Line.Discount.newBuilder().setPercent(percent).build();
    }
}
