package io.github.contractgen.benchmarks.grpc;

import io.github.contractgen.runtime.grpc.GrpcRetryPolicy;
import io.github.contractgen.sample.inventory.v1.GetItemRequest;
import io.github.contractgen.sample.inventory.v1.InventoryClient;
import io.github.contractgen.sample.inventory.v1.InventoryGrpc;
import io.github.contractgen.sample.inventory.v1.Item;
import io.github.contractgen.sample.inventory.v1.Location;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A unary call through the generated gRPC client ({@code InventoryClient}, generated from the sample
 * {@code inventory.proto}) against the same call through grpc-java's raw blocking stub, on one
 * plaintext Netty server on 127.0.0.1; and through a raw stub whose channel retries {@code GetItem} as the
 * generated client does by default, which tells the retry machinery's cost from the facade's.
 *
 * <p>Each side has its own channel, built the same way (Netty, plaintext, the same target), so the
 * difference is the generated facade: its call options, deadline, retry configuration and status
 * mapping. Plaintext because TLS would dominate a loopback call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GrpcClientBenchmark {

    private static final GetItemRequest REQUEST = GetItemRequest.newBuilder().setSku("sku-42").build();
    private static final Item ITEM = Item.newBuilder().setSku("sku-42").setName("Rex's bowl").setQuantity(7)
            .setLocation(Location.SHELF).putAttributes("colour", "brown").build();

    private Server server;
    private InventoryClient generated;
    private ManagedChannel channel;
    private InventoryGrpc.InventoryBlockingStub stub;
    private ManagedChannel retryingChannel;
    private InventoryGrpc.InventoryBlockingStub retryingStub;

    @Setup(Level.Trial)
    public void start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(new InventoryGrpc.InventoryImplBase() {
                        @Override
                        public void getItem(GetItemRequest request, StreamObserver<Item> responses) {
                            responses.onNext(ITEM);
                            responses.onCompleted();
                        }
                    })
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the gRPC server", e);
        }
        String target = "127.0.0.1:" + server.getPort();
        generated = InventoryClient.builder().target(target).plaintext().build();
        channel = NettyChannelBuilder.forTarget(target).usePlaintext().build();
        stub = InventoryGrpc.newBlockingStub(channel);
        // GetItem is NO_SIDE_EFFECTS, so the generated client retries it: grpc-java then runs every call
        // through its retry machinery. This stub does the same, to tell that cost from the facade's.
        retryingChannel = NettyChannelBuilder.forTarget(target).usePlaintext()
                .defaultServiceConfig(GrpcRetryPolicy.builder().methods(InventoryGrpc.getServiceDescriptor().getMethods())
                        .build().serviceConfig())
                .enableRetry()
                .build();
        retryingStub = InventoryGrpc.newBlockingStub(retryingChannel);
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        generated.close();
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        retryingChannel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }

    @Benchmark
    public Item getItemGenerated() {
        return generated.getItem(REQUEST);
    }

    @Benchmark
    public Item getItemRawStub() {
        return stub.getItem(REQUEST);
    }

    @Benchmark
    public Item getItemRawStubRetrying() {
        return retryingStub.getItem(REQUEST);
    }
}
