package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.sample.petstore.model.ErrorModel;
import io.github.contractgen.sample.petstore.model.Order;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * How each call of the 'store' group is made and decoded; shared by the sync and async APIs.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
final class StoreCalls {
    private static final ResponseSpec<Map<String, Integer>> GET_INVENTORY = ResponseSpec.<Map<String, Integer>>builder()
            .success("200", ResponseBody.json(JsonType.mapOf(JsonType.of(Integer.class))))
            .otherwise(PetstoreException::undeclared)
            .build();

    private static final ResponseSpec<Order> PLACE_ORDER = ResponseSpec.<Order>builder()
            .success("200", ResponseBody.json(JsonType.of(Order.class)))
            .error("4XX", ResponseBody.json(JsonType.of(ErrorModel.class)), PetstoreException.ClientError::new)
            .otherwise(PetstoreException::undeclared)
            .build();

    private StoreCalls() {
    }

    static RestCall<Map<String, Integer>> getInventory() {
        return RestCall.builder("getInventory", "GET", "/store/inventory", GET_INVENTORY)
                .security(List.of(List.of("apiKey"), List.of("bearer")))
                .idempotent(true)
                .build();
    }

    static RestCall<Order> placeOrder(Order order) {
        Objects.requireNonNull(order, "order");
        return RestCall.builder("placeOrder", "POST", "/store/orders", PLACE_ORDER)
                .jsonBody(order)
                .security(List.of(List.of("oauth")))
                .build();
    }
}
