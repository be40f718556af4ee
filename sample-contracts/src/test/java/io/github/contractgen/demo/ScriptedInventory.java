package io.github.contractgen.demo;

import io.github.contractgen.sample.inventory.v1.GetItemRequest;
import io.github.contractgen.sample.inventory.v1.InventoryGrpc;
import io.github.contractgen.sample.inventory.v1.Item;
import io.github.contractgen.sample.inventory.v1.StockChange;
import io.github.contractgen.sample.inventory.v1.StockLevel;
import io.github.contractgen.sample.inventory.v1.WatchRequest;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inventory server whose answers the facade tests choose by the SKU: {@code slow} is never answered
 * (for deadlines), {@code missing} fails with NOT_FOUND and a trailer; item lists never end and
 * reconciliations echo until the client stops, so that cancelling them is the only way out. The server
 * counts down a latch when it sees a call cancelled.
 */
final class ScriptedInventory extends InventoryGrpc.InventoryImplBase {

    static final Metadata.Key<String> MISSING_SKU = Metadata.Key.of("x-missing-sku", Metadata.ASCII_STRING_MARSHALLER);

    final CountDownLatch listCancelled = new CountDownLatch(1);
    final CountDownLatch reconcileCancelled = new CountDownLatch(1);

    @Override
    public void getItem(GetItemRequest request, StreamObserver<Item> responses) {
        switch (request.getSku()) {
            case "slow" -> {
                // Never answered: the client's deadline ends the call, or the server's shutdown does.
            }
            case "missing" -> {
                Metadata trailers = new Metadata();
                trailers.put(MISSING_SKU, request.getSku());
                responses.onError(Status.NOT_FOUND.withDescription("no item missing").asRuntimeException(trailers));
            }
            default -> {
                responses.onNext(Item.newBuilder().setSku(request.getSku()).setName("a " + request.getSku()).setQuantity(3).build());
                responses.onCompleted();
            }
        }
    }

    @Override
    public void listItems(WatchRequest request, StreamObserver<Item> responses) {
        ServerCallStreamObserver<Item> call = (ServerCallStreamObserver<Item>) responses;
        call.setOnCancelHandler(listCancelled::countDown);
        AtomicInteger sent = new AtomicInteger();
        // Endless, but only as fast as the client reads: flow control decides, never a clock.
        call.setOnReadyHandler(() -> {
            while (call.isReady() && !call.isCancelled()) {
                call.onNext(Item.newBuilder().setSku("sku-" + sent.incrementAndGet()).build());
            }
        });
    }

    @Override
    public StreamObserver<StockChange> reconcile(StreamObserver<StockLevel> responses) {
        ServerCallStreamObserver<StockLevel> call = (ServerCallStreamObserver<StockLevel>) responses;
        call.setOnCancelHandler(reconcileCancelled::countDown);
        return new StreamObserver<>() {
            @Override
            public void onNext(StockChange change) {
                responses.onNext(StockLevel.newBuilder().setSku(change.getSku()).setQuantity(change.getReceived()).build());
            }

            @Override
            public void onError(Throwable failure) {
                reconcileCancelled.countDown();
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }
}
