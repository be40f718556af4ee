package demo;

import io.github.contractgen.test.features.OrdersClient;
import io.github.contractgen.test.features.OrdersConfig;
import io.github.contractgen.test.features.Proto3Features.Order;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens an upload that sends nothing, so that the connection has a call open and receives nothing: what
 * keep-alive pings are for. The supplier returned finishes the upload and answers the order's line count.
 *
 * <p>Arguments: the target, and either the environment for {@code OrdersConfig} (keep-alive from config)
 * or null (keep-alive from the builder).
 */
public final class KeepAliveScenario implements Function<Object[], Supplier<String>> {

    @Override
    @SuppressWarnings("unchecked")
    public Supplier<String> apply(Object[] args) {
        String target = (String) args[0];
        Map<String, String> environment = (Map<String, String>) args[1];
        OrdersClient client = environment == null
                ? OrdersClient.builder().target(target).plaintext()
                        .keepAlive(Duration.ofSeconds(10), Duration.ofSeconds(30)).build()
                : OrdersClient.builder().config(OrdersConfig.builder().environment(environment::get)
                        .systemProperties(key -> null).build()).build();
        SubmissionPublisher<Order.Line> lines = new SubmissionPublisher<>();
        CompletableFuture<Order> order = client.async().upload(lines);
        return () -> {
            try (client) {
                lines.submit(Order.Line.newBuilder().setSku("kept-alive").setQuantity(1).build());
                lines.close();
                return order.get(60, TimeUnit.SECONDS).getLinesCount() + " line";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
