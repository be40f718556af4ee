package io.github.contractgen.demo;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.grpc.GrpcBlockingCalls;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.sample.inventory.v1.GetItemRequest;
import io.github.contractgen.sample.inventory.v1.InventoryAsyncClient;
import io.github.contractgen.sample.inventory.v1.InventoryClient;
import io.github.contractgen.sample.inventory.v1.InventoryException;
import io.github.contractgen.sample.inventory.v1.Item;
import io.github.contractgen.sample.inventory.v1.Location;
import io.github.contractgen.sample.inventory.v1.StockChange;
import io.github.contractgen.sample.inventory.v1.StockLevel;
import io.github.contractgen.sample.inventory.v1.StockSummary;
import io.github.contractgen.sample.inventory.v1.WatchRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The gRPC part of the demo: the inventory server on 127.0.0.1 over mutual TLS (Netty), called once
 * per call kind with the generated sync client and once more with the async client.
 */
final class GrpcDemo {

    /** Generous: the first TLS handshake alone took seconds on a loaded two-core machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private GrpcDemo() {}

    static void run(TestCertificates certificates, Observer observer, PrintStream out) throws IOException {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        mutualTls(certificates))
                .addService(new InventoryService())
                .build()
                .start();
        String target = "127.0.0.1:" + server.getPort();
        try (InventoryClient inventory = InventoryClient.builder()
                .target(target)
                .tls(TlsConfig.fromPem(certificates.clientCertificateChain(), certificates.clientKey(),
                        certificates.caBundle()))
                .observer(observer)
                .deadline(DEADLINE)
                .build()) {
            out.println("Inventory gRPC server on " + target + " (mutual TLS)");
            // The builder's deadline covers unary calls; this copy gives streams one too.
            InventoryClient withDeadline = inventory.withDeadline(DEADLINE);
            callSync(withDeadline, out);
            callAsync(withDeadline.async(), out);
        } finally {
            server.shutdownNow();
            awaitTermination(server);
        }
    }

    /** The server asks for a client certificate and trusts only the demo's CA. */
    private static ServerCredentials mutualTls(TestCertificates certificates) throws IOException {
        return TlsServerCredentials.newBuilder()
                .keyManager(certificates.serverCertificate(ServerIdentity.GOOD).toFile(),
                        certificates.serverKey(ServerIdentity.GOOD).toFile())
                .trustManager(certificates.caBundle().toFile())
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }

    private static void callSync(InventoryClient inventory, PrintStream out) {
        Item food = inventory.getItem(GetItemRequest.newBuilder().setSku("dog-food").build());
        out.println("grpc getItem: " + food.getName() + ", " + food.getQuantity() + " on " + food.getLocation()
                + ", best before " + food.getBestBefore() + ", updated "
                + Instant.ofEpochSecond(food.getUpdated().getSeconds()));
        try (Stream<Item> onShelf = inventory.listItems(WatchRequest.newBuilder().setLocation(Location.SHELF).build())) {
            out.println("grpc listItems(SHELF): " + onShelf.map(Item::getSku).toList());
        }
        StockSummary summary = inventory.recordChanges(List.of(received("leash", 6), shipped("dog-food", 2)));
        out.println("grpc recordChanges: " + summary.getChanges() + " changes, now " + summary.getQuantitiesMap());
        try (Stream<StockLevel> levels = inventory.reconcile(List.of(counted("kennel", 3), shipped("kennel", 5)))) {
            out.println("grpc reconcile: " + levels.map(GrpcDemo::describe).toList());
        }
        try {
            inventory.getItem(GetItemRequest.newBuilder().setSku("unicorn").build());
        } catch (InventoryException e) {
            out.println("grpc getItem(unicorn) -> " + e.code() + ": " + e.status().getDescription());
        }
    }

    private static void callAsync(InventoryAsyncClient inventory, PrintStream out) {
        Item leash = inventory.getItem(GetItemRequest.newBuilder().setSku("leash").build()).join();
        out.println("grpc async getItem: " + leash.getName() + ", " + leash.getQuantity() + " " + leash.getAttributesMap());
        List<Item> all = collect(inventory.listItems(WatchRequest.getDefaultInstance())).join();
        out.println("grpc async listItems: " + all.stream().map(Item::getSku).toList());
        StockSummary summary = inventory.recordChanges(
                GrpcBlockingCalls.fromIterable(List.of(received("water-bowl", 10)))).join();
        out.println("grpc async recordChanges: " + summary.getQuantitiesMap());
        List<StockLevel> levels = collect(inventory.reconcile(
                GrpcBlockingCalls.fromIterable(List.of(shipped("water-bowl", 3), shipped("leash", 1))))).join();
        out.println("grpc async reconcile: " + levels.stream().map(GrpcDemo::describe).toList());
    }

    private static String describe(StockLevel level) {
        return level.getSku() + "=" + level.getQuantity() + (level.getRefused().isEmpty() ? "" : " (refused: " + level.getRefused() + ")");
    }

    private static StockChange received(String sku, int count) {
        return StockChange.newBuilder().setSku(sku).setReceived(count).build();
    }

    private static StockChange shipped(String sku, int count) {
        return StockChange.newBuilder().setSku(sku).setShipped(count).build();
    }

    private static StockChange counted(String sku, int count) {
        return StockChange.newBuilder().setSku(sku).setCounted(count).build();
    }

    /** Every item a publisher sends, with unbounded demand: the demo's streams are short. */
    private static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
        CompletableFuture<List<T>> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<T>() {
            private final List<T> items = new ArrayList<>();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(List.copyOf(items));
            }
        });
        return done;
    }

    private static void awaitTermination(Server server) {
        try {
            if (!server.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gRPC server did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the gRPC server", e);
        }
    }
}
