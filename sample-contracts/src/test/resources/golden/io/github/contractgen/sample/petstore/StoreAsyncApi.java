package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.sample.petstore.model.Order;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The 'store' operations of Petstore, each returning a {@link java.util.concurrent.CompletableFuture}.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreAsyncClient#store()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class StoreAsyncApi {
    private final RestClientCore core;

    StoreAsyncApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Counts pets by status.
     *
     * <p>{@code GET /store/inventory}
     *
     * @return a future of status to count; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<Map<String, Integer>> getInventory() {
        return core.callAsync(StoreCalls.getInventory());
    }

    /**
     * Counts pets by status.
     *
     * <p>The same as {@link #getInventory()},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @return a future of the response's status, headers and body: status to count; it fails with {@link PetstoreException} when the service answers with an error status
     */
    public CompletableFuture<ApiResponse<Map<String, Integer>>> getInventoryWithResponse() {
        return core.callWithResponseAsync(StoreCalls.getInventory());
    }

    /**
     * Places an order for a pet.
     *
     * <p>{@code POST /store/orders}
     *
     * @param order the request body
     * @return a future of the order as placed; it fails with {@link PetstoreException.ClientError} when the order was refused, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<Order> placeOrder(Order order) {
        return core.callAsync(StoreCalls.placeOrder(order));
    }

    /**
     * Places an order for a pet.
     *
     * <p>The same as {@link #placeOrder(Order)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param order the request body
     * @return a future of the response's status, headers and body: the order as placed; it fails with {@link PetstoreException.ClientError} when the order was refused, with {@link PetstoreException} on any other error status
     */
    public CompletableFuture<ApiResponse<Order>> placeOrderWithResponse(Order order) {
        return core.callWithResponseAsync(StoreCalls.placeOrder(order));
    }
}
