package io.github.contractgen.demo;

import com.google.protobuf.Timestamp;
import io.github.contractgen.sample.inventory.v1.GetItemRequest;
import io.github.contractgen.sample.inventory.v1.InventoryGrpc;
import io.github.contractgen.sample.inventory.v1.Item;
import io.github.contractgen.sample.inventory.v1.Location;
import io.github.contractgen.sample.inventory.v1.StockChange;
import io.github.contractgen.sample.inventory.v1.StockLevel;
import io.github.contractgen.sample.inventory.v1.StockSummary;
import io.github.contractgen.sample.inventory.v1.WatchRequest;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's inventory server: the generated {@code InventoryImplBase} implemented over a small
 * in-memory stock, as a service team would write it.
 *
 * <p>Stock changes are applied under one lock: the demo's calls are few, and a single lock keeps
 * "refuse a shipment larger than the stock" obviously right.
 */
final class InventoryService extends InventoryGrpc.InventoryImplBase {

    /** Every item's last change, fixed so that the demo prints the same on every run. */
    private static final Timestamp UPDATED = Timestamp.newBuilder().setSeconds(1_767_225_600L).build();

    private final Map<String, Item> items = new TreeMap<>();

    InventoryService() {
        add(Item.newBuilder().setSku("dog-food").setName("Dog food, 5 kg").setQuantity(12).setLocation(Location.SHELF)
                .setBestBefore("2027-06-30"));
        add(Item.newBuilder().setSku("leash").setName("Leash").setQuantity(4).setLocation(Location.SHELF)
                .putAttributes("colour", "red"));
        add(Item.newBuilder().setSku("kennel").setName("Kennel").setQuantity(2).setLocation(Location.WAREHOUSE)
                .putAttributes("size", "L"));
    }

    private void add(Item.Builder item) {
        items.put(item.getSku(), item.setUpdated(UPDATED).build());
    }

    @Override
    public void getItem(GetItemRequest request, StreamObserver<Item> responses) {
        Item item;
        synchronized (items) {
            item = items.get(request.getSku());
        }
        if (item == null) {
            responses.onError(Status.NOT_FOUND.withDescription("no item " + request.getSku()).asRuntimeException());
            return;
        }
        responses.onNext(item);
        responses.onCompleted();
    }

    @Override
    public void listItems(WatchRequest request, StreamObserver<Item> responses) {
        synchronized (items) {
            items.values().stream()
                    .filter(item -> !request.hasLocation() || item.getLocation() == request.getLocation())
                    .forEach(responses::onNext);
        }
        responses.onCompleted();
    }

    @Override
    public StreamObserver<StockChange> recordChanges(StreamObserver<StockSummary> responses) {
        StockSummary.Builder summary = StockSummary.newBuilder();
        return new StreamObserver<>() {
            @Override
            public void onNext(StockChange change) {
                StockLevel level = apply(change);
                summary.setChanges(summary.getChanges() + 1).putQuantities(level.getSku(), level.getQuantity());
            }

            @Override
            public void onError(Throwable failure) {
                // the client cancelled: the changes so far stay applied, there is no one to answer
            }

            @Override
            public void onCompleted() {
                responses.onNext(summary.build());
                responses.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<StockChange> reconcile(StreamObserver<StockLevel> responses) {
        return new StreamObserver<>() {
            @Override
            public void onNext(StockChange change) {
                responses.onNext(apply(change));
            }

            @Override
            public void onError(Throwable failure) {
                // the client cancelled: nothing more to answer
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }
        };
    }

    /** Applies one change and returns the stock level after it; a shipment larger than the stock is refused. */
    private StockLevel apply(StockChange change) {
        synchronized (items) {
            Item item = items.get(change.getSku());
            int before = item == null ? 0 : item.getQuantity();
            int after = switch (change.getChangeCase()) {
                case RECEIVED -> before + change.getReceived();
                case SHIPPED -> before - change.getShipped();
                case COUNTED -> change.getCounted();
                case CHANGE_NOT_SET -> before;
            };
            StockLevel.Builder level = StockLevel.newBuilder().setSku(change.getSku());
            if (after < 0) {
                return level.setQuantity(before).setRefused("only " + before + " in stock").build();
            }
            Item.Builder updated = item == null
                    ? Item.newBuilder().setSku(change.getSku()).setName(change.getSku()).setLocation(Location.BACKROOM)
                    : item.toBuilder();
            add(updated.setQuantity(after));
            return level.setQuantity(after).build();
        }
    }
}
