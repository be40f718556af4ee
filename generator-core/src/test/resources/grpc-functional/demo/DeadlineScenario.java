package demo;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.test.features.OrdersClient;
import io.github.contractgen.test.features.Proto3Features.Order;
import io.github.contractgen.test.features.Proto3Features.OrderRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Subscribes to a stream of a client made with {@code withDeadline} only after that deadline would have
 * passed had it counted from the method call: the deadline counts from the subscription, when the call
 * starts.
 */
public final class DeadlineScenario implements Function<Object[], List<String>> {

    @Override
    public List<String> apply(Object[] settings) {
        try (OrdersClient client = OrdersClient.builder()
                .target((String) settings[0])
                .tls((TlsConfig) settings[1])
                .build()) {
            Flow.Publisher<Order.Line> later = client.withDeadline(Duration.ofMillis(500)).async()
                    .streamLines(OrderRequest.newBuilder().setId("o-1").build());
            Thread.sleep(1000);
            return skus(later);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> skus(Flow.Publisher<Order.Line> lines) throws Exception {
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        List<String> skus = new ArrayList<>();
        lines.subscribe(new Flow.Subscriber<Order.Line>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Order.Line line) {
                skus.add(line.getSku());
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(skus);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
