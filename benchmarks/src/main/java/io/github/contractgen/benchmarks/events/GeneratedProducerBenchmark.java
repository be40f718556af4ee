package io.github.contractgen.benchmarks.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.contractgen.benchmarks.generated.orders.OrdersEvents;
import io.github.contractgen.benchmarks.generated.orders.model.OrderPlaced;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The generated producer of the sample {@code orders.yaml} ({@code OrdersEvents.orderPlaced().send})
 * on the in-memory transport, to a subscriber that decodes the order and hands it back, against the
 * same path through a bare {@link BlockingQueue} and Jackson.
 *
 * <p>Each invocation sends a batch of {@value #BATCH} orders, then waits until the consumer has decoded
 * all of them, on both sides; scores are per order. One order per invocation measured mostly how fast
 * the operating system wakes a parked thread (twice per order: the consumer, then the sender), which
 * has nothing to do with either side's code and swamped the difference on an idle machine. The generated
 * side pays for what its API does per send: the address from its template, a correlation id, headers,
 * the transport's delivery; the producer is asked for per send, as the API reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(GeneratedProducerBenchmark.BATCH)
public class GeneratedProducerBenchmark {

    /** Orders per invocation; the queues hold a whole batch. */
    static final int BATCH = 100;

    /** Decoded as on the bare side, where the class is given once. */
    private static final JsonType<OrderPlaced> ORDER_TYPE = JsonType.of(OrderPlaced.class);

    private static final OrderPlaced ORDER = new OrderPlaced("o-1234", 42, 2, new BigDecimal("19.90"),
            OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC));

    private OrdersEvents events;
    private EventClient consumer;
    private Subscription subscription;
    private final BlockingQueue<Object> generatedReplies = new LinkedBlockingQueue<>();

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final LinkedBlockingDeque<byte[]> bareQueue = new LinkedBlockingDeque<>(10_000);
    private final BlockingQueue<Object> bareReplies = new LinkedBlockingQueue<>();
    private Thread bareConsumer;

    @Setup(Level.Trial)
    public void start() {
        InMemoryTransport transport = InMemoryTransport.create();
        events = OrdersEvents.builder().transport(transport).build();
        consumer = new EventClient(transport, Observer.NOOP, "orders-consumer");
        subscription = consumer.subscribe("receiveOrder", SubscriptionSpec.of("shop.{region}.orders.placed", "billing"),
                message -> generatedReplies.put(JsonCodec.shared().decode(message.payload(), ORDER_TYPE)));
        bareConsumer = new Thread(this::consumeBare, "bare-consumer");
        bareConsumer.setDaemon(true);
        bareConsumer.start();
    }

    private void consumeBare() {
        try {
            while (true) {
                bareReplies.put(mapper.readValue(bareQueue.takeFirst(), OrderPlaced.class));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // tear-down: end the thread
        } catch (IOException e) {
            throw new IllegalStateException("cannot decode the benchmark's own order", e);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        subscription.close();
        events.close(); // closes the shared transport
        bareConsumer.interrupt();
    }

    @Benchmark
    public Object generatedProducerBatch() throws InterruptedException {
        for (int i = 0; i < BATCH; i++) {
            events.orderPlaced().send("eu", null, ORDER);
        }
        return takeBatch(generatedReplies);
    }

    @Benchmark
    public Object bareQueueBatch() throws IOException, InterruptedException {
        for (int i = 0; i < BATCH; i++) {
            bareQueue.putLast(mapper.writeValueAsBytes(ORDER));
        }
        return takeBatch(bareReplies);
    }

    private static Object takeBatch(BlockingQueue<Object> replies) throws InterruptedException {
        Object last = null;
        for (int i = 0; i < BATCH; i++) {
            last = replies.take();
        }
        return last;
    }
}
