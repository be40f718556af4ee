package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.sample.inventory.v1.GetItemRequest;
import io.github.contractgen.sample.inventory.v1.InventoryClient;
import io.github.contractgen.sample.inventory.v1.InventoryException;
import io.github.contractgen.sample.inventory.v1.Item;
import io.github.contractgen.sample.inventory.v1.StockChange;
import io.github.contractgen.sample.inventory.v1.StockLevel;
import io.github.contractgen.sample.inventory.v1.WatchRequest;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code InventoryClient} and {@code InventoryAsyncClient} (from inventory.proto, built by
 * the plugin in this module) against a real Netty server on 127.0.0.1 that demands a client certificate:
 * deadlines, cancelling streams, a client without a certificate, errors with trailers, and the observer.
 */
class InventoryFacadeTest {

    /** Generous: a TLS handshake on a loaded 2-core machine can take seconds; nothing here waits this long. */
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    static Path pki;

    static TestCertificates certificates;
    static ScriptedInventory inventory;
    static Server server;

    private final Recorder observer = new Recorder();
    private InventoryClient client;

    @BeforeAll
    static void serveOverMutualTls() throws Exception {
        certificates = TestCertificates.generate(pki);
        inventory = new ScriptedInventory();
        TlsServerCredentials.Builder credentials = TlsServerCredentials.newBuilder()
                .keyManager(certificates.serverCertificate(ServerIdentity.GOOD).toFile(),
                        certificates.serverKey(ServerIdentity.GOOD).toFile())
                .trustManager(certificates.caBundle().toFile())
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), credentials.build())
                .addService(inventory).build().start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private InventoryClient client(TlsConfig tls) {
        client = InventoryClient.builder().target("127.0.0.1:" + server.getPort()).tls(tls).observer(observer)
                .deadline(Duration.ofSeconds(PATIENCE_SECONDS)).build();
        return client;
    }

    private static TlsConfig withCertificate() {
        return TlsConfig.fromPem(certificates.clientCertificateChain(), certificates.clientKey(), certificates.caBundle());
    }

    @Test
    void aDeadlineEndsAnUnansweredCallSyncAndAsync() {
        InventoryClient hurried = client(withCertificate()).withDeadline(Duration.ofMillis(300));
        GetItemRequest slow = GetItemRequest.newBuilder().setSku("slow").build();

        assertThatThrownBy(() -> hurried.getItem(slow)).isInstanceOfSatisfying(InventoryException.class,
                e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
        CompletableFuture<Item> later = hurried.async().getItem(slow);
        assertThatThrownBy(() -> later.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(InventoryException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
        // A stream that never ends is ended by the client's deadline too.
        assertThatThrownBy(() -> {
            try (Stream<Item> items = hurried.listItems(WatchRequest.getDefaultInstance())) {
                items.forEach(item -> { });
            }
        }).isInstanceOfSatisfying(InventoryException.class,
                e -> assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
    }

    @Test
    void closingAServerStreamCancelsTheCallOnTheServer() throws InterruptedException {
        InventoryClient inventoryClient = client(withCertificate());

        try (Stream<Item> items = inventoryClient.listItems(WatchRequest.getDefaultInstance())) {
            assertThat(items.limit(3).map(Item::getSku)).containsExactly("sku-1", "sku-2", "sku-3");
        }

        assertThat(inventory.listCancelled.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("server saw the cancel").isTrue();
        observer.awaitEnds(1);
        assertThat(observer.ends).singleElement().satisfies(end -> assertThat(end.status()).isEqualTo(Status.Code.CANCELLED.value()));
    }

    @Test
    void cancellingTheSubscriptionOfABidiStreamCancelsTheCall() throws Exception {
        InventoryClient inventoryClient = client(withCertificate());
        CompletableFuture<StockLevel> first = new CompletableFuture<>();
        Flow.Publisher<StockChange> changes = oneThenSilence(StockChange.newBuilder().setSku("sku-9").setReceived(4).build());
        inventoryClient.async().reconcile(changes).subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(StockLevel level) {
                first.complete(level);
                subscription.cancel();
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.completeExceptionally(new AssertionError("the stream ended by itself"));
            }
        });

        assertThat(first.get(PATIENCE_SECONDS, TimeUnit.SECONDS).getQuantity()).isEqualTo(4);
        assertThat(inventory.reconcileCancelled.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("server saw the cancel").isTrue();
        observer.awaitEnds(1);
        assertThat(observer.ends).singleElement().satisfies(end -> assertThat(end.status()).isEqualTo(Status.Code.CANCELLED.value()));
    }

    @Test
    void aClientWithoutACertificateIsRefusedByTheMutualTlsServer() {
        InventoryClient anonymous = client(TlsConfig.trustPem(certificates.caBundle()));

        assertThatThrownBy(() -> anonymous.getItem(GetItemRequest.newBuilder().setSku("sku-1").build()))
                .isInstanceOfSatisfying(InventoryException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE));
        observer.awaitEnds(1);
        assertThat(observer.ends).singleElement().satisfies(end -> assertThat(end.status()).isEqualTo(Status.Code.UNAVAILABLE.value()));
    }

    @Test
    void anErrorStatusBecomesTheTypedExceptionWithItsTrailers() {
        InventoryClient inventoryClient = client(withCertificate());
        GetItemRequest missing = GetItemRequest.newBuilder().setSku("missing").build();

        assertThatThrownBy(() -> inventoryClient.getItem(missing)).isInstanceOfSatisfying(InventoryException.class, e -> {
            assertThat(e.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(e.status().getDescription()).isEqualTo("no item missing");
            assertThat(e.trailers().get(ScriptedInventory.MISSING_SKU)).isEqualTo("missing");
        });
        assertThatThrownBy(() -> inventoryClient.async().getItem(missing).get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(InventoryException.class,
                        e -> assertThat(e.trailers().get(ScriptedInventory.MISSING_SKU)).isEqualTo("missing"));
    }

    @Test
    void theServicesExceptionIsTheOneContractgenBaseTypeAndANullDeadlineIsNamed() {
        InventoryClient inventoryClient = client(withCertificate());

        assertThatThrownBy(() -> inventoryClient.getItem(GetItemRequest.newBuilder().setSku("missing").build()))
                .isInstanceOf(io.github.contractgen.runtime.ContractgenException.class);
        assertThatThrownBy(() -> inventoryClient.withDeadline(null))
                .isInstanceOf(NullPointerException.class).hasMessage("deadline");
    }

    @Test
    void theObserverSeesEachCallOnceWithItsStatus() {
        InventoryClient inventoryClient = client(withCertificate());

        assertThat(inventoryClient.getItem(GetItemRequest.newBuilder().setSku("sku-1").build()).getQuantity()).isEqualTo(3);
        assertThatThrownBy(() -> inventoryClient.getItem(GetItemRequest.newBuilder().setSku("missing").build()))
                .isInstanceOf(InventoryException.class);
        assertThatThrownBy(() -> inventoryClient.withDeadline(Duration.ofMillis(300))
                .getItem(GetItemRequest.newBuilder().setSku("slow").build())).isInstanceOf(InventoryException.class);
        try (Stream<StockLevel> levels = inventoryClient.reconcile(List.of(
                StockChange.newBuilder().setSku("a").setReceived(1).build(),
                StockChange.newBuilder().setSku("b").setReceived(2).build()))) {
            assertThat(levels.map(StockLevel::getQuantity)).containsExactly(1, 2);
        }

        observer.awaitEnds(4);
        assertThat(observer.starts).map(CallInfo::operation).containsExactly(
                "contractgen.sample.inventory.v1.Inventory/GetItem", "contractgen.sample.inventory.v1.Inventory/GetItem",
                "contractgen.sample.inventory.v1.Inventory/GetItem", "contractgen.sample.inventory.v1.Inventory/Reconcile");
        assertThat(observer.ends).map(CallResult::status).containsExactly(Status.Code.OK.value(),
                Status.Code.NOT_FOUND.value(), Status.Code.DEADLINE_EXCEEDED.value(), Status.Code.OK.value());
        assertThat(observer.endsPerCall.values()).as("exactly one end per call").map(AtomicInteger::get).containsOnly(1);
    }

    /** Publishes {@code change} when first asked, then nothing, and never completes: only a cancel ends the call. */
    private static Flow.Publisher<StockChange> oneThenSilence(StockChange change) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private final AtomicBoolean sent = new AtomicBoolean();

            @Override
            public void request(long n) {
                if (n > 0 && sent.compareAndSet(false, true)) {
                    subscriber.onNext(change);
                }
            }

            @Override
            public void cancel() {}
        });
    }

    /** Records every start and every end, and how many ends each call got. */
    static final class Recorder implements Observer {
        final List<CallInfo> starts = new CopyOnWriteArrayList<>();
        final List<CallResult> ends = new CopyOnWriteArrayList<>();
        final Map<Integer, AtomicInteger> endsPerCall = new ConcurrentHashMap<>();

        @Override
        public Observation start(CallInfo call) {
            int id = starts.size();
            starts.add(call);
            AtomicInteger count = endsPerCall.computeIfAbsent(id, key -> new AtomicInteger());
            return new Observation() {
                @Override
                public void onEnd(CallResult result) {
                    count.incrementAndGet();
                    ends.add(result);
                }
            };
        }

        /** Waits until {@code count} calls have ended: the end is reported on gRPC's threads, after the caller returns. */
        void awaitEnds(int count) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (ends.size() < count && System.nanoTime() < until) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for calls to end", e);
                }
            }
            assertThat(ends).as("ended calls").hasSizeGreaterThanOrEqualTo(count);
        }
    }
}
