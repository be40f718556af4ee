package demo;

import io.github.contractgen.test.features.OrdersClient;
import io.github.contractgen.test.features.OrdersConfig;
import io.github.contractgen.test.features.Proto3Features.OrderRequest;
import java.util.Map;
import java.util.function.Function;

/** Builds the client from OrdersConfig alone, with the environment given as a map, and makes one call. */
public final class OrdersConfigScenario implements Function<Map<String, String>, String> {

    @Override
    public String apply(Map<String, String> environment) {
        OrdersConfig config = OrdersConfig.builder().environment(environment::get).systemProperties(key -> null).build();
        try (OrdersClient client = OrdersClient.builder().config(config).build()) {
            return client.getOrder(OrderRequest.newBuilder().setId("o-1").build()).getNote();
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }
}
