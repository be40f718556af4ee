package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.sample.petstore.model.Order;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The 'store' operations of Petstore, called synchronously.
 *
 * <p>Immutable and thread-safe; get it from {@link PetstoreClient#store()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
)
public final class StoreApi {
    private final RestClientCore core;

    StoreApi(RestClientCore core) {
        this.core = core;
    }

    /**
     * Counts pets by status.
     *
     * <p>{@code GET /store/inventory}
     *
     * @return Status to count.
     * @throws PetstoreException when the service answers with an error status
     */
    public Map<String, Integer> getInventory() {
        return core.call(StoreCalls.getInventory());
    }

    /**
     * Counts pets by status.
     *
     * <p>The same as {@link #getInventory()},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @return the response's status, headers and body: status to count
     * @throws PetstoreException when the service answers with an error status
     */
    public ApiResponse<Map<String, Integer>> getInventoryWithResponse() {
        return core.callWithResponse(StoreCalls.getInventory());
    }

    /**
     * Places an order for a pet.
     *
     * <p>{@code POST /store/orders}
     *
     * @param order the request body
     * @return The order as placed.
     * @throws PetstoreException.ClientError The order was refused.
     * @throws PetstoreException on any other error status
     */
    public Order placeOrder(Order order) {
        return core.call(StoreCalls.placeOrder(order));
    }

    /**
     * Places an order for a pet.
     *
     * <p>The same as {@link #placeOrder(Order)},
     * with the response's status and headers next to the body; the parameters are described there.
     *
     * @param order the request body
     * @return the response's status, headers and body: the order as placed
     * @throws PetstoreException.ClientError The order was refused.
     * @throws PetstoreException on any other error status
     */
    public ApiResponse<Order> placeOrderWithResponse(Order order) {
        return core.callWithResponse(StoreCalls.placeOrder(order));
    }
}
