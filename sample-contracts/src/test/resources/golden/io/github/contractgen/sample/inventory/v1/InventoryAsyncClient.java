package io.github.contractgen.sample.inventory.v1;

import io.github.contractgen.runtime.grpc.GrpcCalls;
import io.grpc.CallOptions;
import io.grpc.Channel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous client of {@code contractgen.sample.inventory.v1.Inventory}: futures for single answers, {@link Flow.Publisher} publishers for streams.
 *
 * <p>Immutable and thread-safe; get it from {@link InventoryClient#async()}, whose channel, deadline and metadata it shares. Cancelling a future or a subscription cancels the call. Failures are {@link InventoryException}s.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/inventory.proto"
)
public final class InventoryAsyncClient {
    /**
     * The options of every call: failures are {@link InventoryException}s.
     */
    private static final CallOptions DEFAULT_OPTIONS = GrpcCalls.throwing(CallOptions.DEFAULT, InventoryException::new);

    private final Channel calls;

    /**
     * Each call's own deadline, or null for the channel's default (unary calls only).
     */
    private final @Nullable Duration deadline;

    InventoryAsyncClient(Channel calls, @Nullable Duration deadline) {
        this.calls = calls;
        this.deadline = deadline;
    }

    /**
     * Fetches one item; safe to repeat.
     *
     * @param request the message to send
     * @return the answer; the future fails with {@link InventoryException}
     */
    public CompletableFuture<Item> getItem(GetItemRequest request) {
        return GrpcCalls.unaryAsync(calls, InventoryGrpc.getGetItemMethod(), options(), request);
    }

    /**
     * Streams the items stored at a location, or every item.
     *
     * @param request the message to send
     * @return the answers; the call starts when it is subscribed to, and fails with {@link InventoryException}
     */
    public Flow.Publisher<Item> listItems(WatchRequest request) {
        return GrpcCalls.serverStreaming(calls, InventoryGrpc.getListItemsMethod(), options(), request);
    }

    /**
     * Applies a batch of stock changes and sums them up.
     *
     * @param requests the messages to send, subscribed to once the call has started; one is asked for whenever gRPC can send it
     * @return the answer; the future fails with {@link InventoryException}
     */
    public CompletableFuture<StockSummary> recordChanges(Flow.Publisher<StockChange> requests) {
        return GrpcCalls.clientStreaming(calls, InventoryGrpc.getRecordChangesMethod(), options(), requests);
    }

    /**
     * Applies stock changes as they come and answers each with the new stock level.
     *
     * @param requests the messages to send, subscribed to once the call has started; one is asked for whenever gRPC can send it
     * @return the answers; the call starts when it is subscribed to, and fails with {@link InventoryException}
     */
    public Flow.Publisher<StockLevel> reconcile(Flow.Publisher<StockChange> requests) {
        return GrpcCalls.bidiStreaming(calls, InventoryGrpc.getReconcileMethod(), options(), requests);
    }

    private CallOptions options() {
        return deadline == null ? DEFAULT_OPTIONS : GrpcCalls.deadlineAfterStart(DEFAULT_OPTIONS, deadline);
    }
}
