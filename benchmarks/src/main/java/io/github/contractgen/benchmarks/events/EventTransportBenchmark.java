package io.github.contractgen.benchmarks.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
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
 * One event from a producer to a consumer thread and back, through the event runtime that generated
 * event clients call ({@link EventClient} on the {@link InMemoryTransport}, JSON through
 * {@link JsonCodec}), against a bare hand-off: Jackson and a {@link BlockingQueue} read by one thread.
 *
 * <p>Each operation sends one message and waits until the consumer has decoded it and said so on a
 * reply queue, the same way on both sides; a fire-and-forget send would only measure how fast a queue
 * fills. The AsyncAPI client generator has not landed yet, so the generated layer is represented by the
 * runtime calls it will make: encode, {@code EventClient.send} with an operation name and address
 * template, an observed subscription with the default delivery policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventTransportBenchmark {

    /** The payload of the benchmark's event. */
    public record OrderPlaced(String orderId, String customer, long amountCents, String currency) {}

    private static final OrderPlaced EVENT = new OrderPlaced("o-1234", "c-42", 12_345, "EUR");
    private static final String ADDRESS = "orders.placed";

    private EventClient client;
    private Subscription subscription;
    private final BlockingQueue<Object> runtimeReplies = new LinkedBlockingQueue<>();

    private final ObjectMapper mapper = new ObjectMapper();
    private final LinkedBlockingDeque<byte[]> bareQueue = new LinkedBlockingDeque<>(10_000);
    private final BlockingQueue<Object> bareReplies = new LinkedBlockingQueue<>();
    private Thread bareConsumer;

    @Setup(Level.Trial)
    public void start() {
        JsonCodec codec = JsonCodec.shared();
        client = new EventClient(InMemoryTransport.create(), Observer.NOOP, "orders");
        subscription = client.subscribe("onOrderPlaced", SubscriptionSpec.of(ADDRESS, "billing"),
                message -> runtimeReplies.put(codec.decode(message.payload(), JsonType.of(OrderPlaced.class))));
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
            throw new IllegalStateException("cannot decode the benchmark's own event", e);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        subscription.close();
        client.close();
        bareConsumer.interrupt();
    }

    @Benchmark
    public Object runtimeRoundTrip() throws InterruptedException {
        byte[] payload = JsonCodec.shared().encode(EVENT);
        client.send("placeOrder", ADDRESS, OutgoingMessage.of(ADDRESS, payload, "application/json")).join();
        return runtimeReplies.take();
    }

    @Benchmark
    public Object bareQueueRoundTrip() throws IOException, InterruptedException {
        bareQueue.putLast(mapper.writeValueAsBytes(EVENT));
        return bareReplies.take();
    }
}
