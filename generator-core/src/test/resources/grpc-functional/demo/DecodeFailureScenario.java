package demo;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.test.features.OrdersClient;
import io.github.contractgen.test.features.OrdersException;
import io.github.contractgen.test.features.Proto3Features.Order;
import io.github.contractgen.test.features.Proto3Features.OrderRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/** Calls a server that answers bytes no Order parses from, and reports how each call failed. */
public final class DecodeFailureScenario implements Function<Object[], Map<String, String>> {

    private static final OrderRequest REQUEST = OrderRequest.newBuilder().setId("o-1").build();

    @Override
    public Map<String, String> apply(Object[] settings) {
        Map<String, String> out = new LinkedHashMap<>();
        try (OrdersClient client = OrdersClient.builder()
                .target((String) settings[0])
                .tls((TlsConfig) settings[1])
                .build()) {
            try {
                out.put("blocking", "returned " + client.getOrder(REQUEST));
            } catch (OrdersException e) {
                out.put("blocking", describe(e));
            }
            try {
                out.put("async", "returned " + client.async().getOrder(REQUEST).get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                out.put("async", describe((OrdersException) e.getCause()));
            }
            try (Stream<Order.Line> lines = client.streamLines(REQUEST)) {
                out.put("stream", "returned " + lines.toList());
            } catch (OrdersException e) {
                out.put("stream", describe(e));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String describe(OrdersException e) {
        return e.code() + " / " + e.getCause().getMessage();
    }
}
