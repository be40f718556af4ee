package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated events code keeps the contract on both sides: a producer refuses a payload that lacks a
 * required value before anything reaches the transport, naming the operation, its channel and the
 * property; a consumer never hands its handler a payload that breaks the contract (it goes the
 * dead-letter way with the decoding reason) unless the client was built with {@code lenientDecoding()},
 * which lets a missing required value through as null and nothing else.
 */
class EventsDecodingFunctionalTest {

    private static final String STOCK = """
            asyncapi: 3.0.0
            info:
              title: Stock
              version: 1.0.0
            defaultContentType: application/json
            channels:
              counted:
                address: 'stock.counted'
                messages:
                  counted:
                    name: counted
                    payload:
                      type: object
                      required: [count, name]
                      properties:
                        count:
                          type: integer
                          format: int32
                        name:
                          type: string
            operations:
              publishCount:
                action: receive
                channel:
                  $ref: '#/channels/counted'
                messages:
                  - $ref: '#/channels/counted/messages/counted'
              onCount:
                action: send
                channel:
                  $ref: '#/channels/counted'
                messages:
                  - $ref: '#/channels/counted/messages/counted'
            """;

    /**
     * Sends through a transport that counts what reaches it; writes raw payloads past the producer, as
     * a producer that breaks the contract would; reports what the handler and the dead-letter handler saw.
     */
    private static final String DRIVER = """
            package demo;

            import demo.stock.StockEvents;
            import demo.stock.model.CountedPayload;
            import io.github.contractgen.runtime.events.DeliveryPolicy;
            import io.github.contractgen.runtime.events.EventTransport;
            import io.github.contractgen.runtime.events.InMemoryTransport;
            import io.github.contractgen.runtime.events.MessageHandler;
            import io.github.contractgen.runtime.events.OutgoingMessage;
            import io.github.contractgen.runtime.events.Subscription;
            import io.github.contractgen.runtime.events.SubscriptionSpec;
            import java.nio.charset.StandardCharsets;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;
            import java.util.concurrent.atomic.AtomicInteger;

            public final class Driver implements Callable<List<String>> {

                private final boolean lenient;

                public Driver(boolean lenient) {
                    this.lenient = lenient;
                }

                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    InMemoryTransport memory = InMemoryTransport.create();
                    AtomicInteger sends = new AtomicInteger();
                    EventTransport counting = new EventTransport() {
                        public CompletableFuture<Void> send(OutgoingMessage message) {
                            sends.incrementAndGet();
                            return memory.send(message);
                        }

                        public Subscription subscribe(SubscriptionSpec spec, MessageHandler handler) {
                            return memory.subscribe(spec, handler);
                        }

                        public void close() {
                            memory.close();
                        }
                    };
                    CountDownLatch done = new CountDownLatch(3);
                    StockEvents.Builder builder = StockEvents.builder().transport(counting)
                            .deliveryPolicy(new DeliveryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)))
                            .deadLetters((message, attempts, error) -> {
                                seen.add("dead letter: " + error.getClass().getSimpleName() + ": " + error.getMessage());
                                done.countDown();
                            });
                    if (lenient) {
                        builder.lenientDecoding();
                    }
                    try (StockEvents stock = builder.build()) {
                        Subscription subscription = stock.onOnCount((payload, headers) -> {
                            seen.add("handled: " + payload.count() + " " + payload.name());
                            done.countDown();
                        });
                        try {
                            stock.publishCount().send(new CountedPayload(1, null));
                            seen.add("sent without name");
                        } catch (IllegalArgumentException e) {
                            seen.add("refused: " + e.getMessage());
                        }
                        seen.add("sends after the refusal: " + sends.get());
                        raw(counting, "{\\"count\\":1.9,\\"name\\":\\"fraction\\"}");
                        raw(counting, "{\\"count\\":2}");
                        stock.publishCount().send(new CountedPayload(3, "whole"));
                        if (!done.await(30, TimeUnit.SECONDS)) {
                            seen.add("not all handled");
                        }
                        subscription.close();
                    }
                    return seen;
                }

                private static void raw(EventTransport transport, String json) {
                    transport.send(new OutgoingMessage("stock.counted", null, Map.of(), json.getBytes(StandardCharsets.UTF_8),
                            "application/json", Map.of())).join();
                }
            }
            """;

    @Test
    void strictByDefault(@TempDir Path contracts) throws Exception {
        assertThat(run(contracts, false)).containsExactly(
                "refused: operation 'publishCount' on 'stock.counted', not sent: cannot encode demo.stock.model.CountedPayload"
                        + " as JSON: $.name: a required value is null",
                "sends after the refusal: 0",
                "dead letter: MalformedMessageException: the message on 'stock.counted' breaks the contract in its payload:"
                        + " JSON does not decode as demo.stock.model.CountedPayload: $.count:"
                        + " a number with a fraction where the contract wants an integer (line 1, column 10)",
                "dead letter: MalformedMessageException: the message on 'stock.counted' breaks the contract in its payload:"
                        + " JSON does not decode as demo.stock.model.CountedPayload: $.name:"
                        + " a required property is missing (line 1, column 11)",
                "handled: 3 whole");
    }

    @Test
    void lenientDecodingLetsAMissingRequiredValueThroughAndNothingElse(@TempDir Path contracts) throws Exception {
        assertThat(run(contracts, true)).containsExactly(
                "refused: operation 'publishCount' on 'stock.counted', not sent: cannot encode demo.stock.model.CountedPayload"
                        + " as JSON: $.name: a required value is null",
                "sends after the refusal: 0",
                "dead letter: MalformedMessageException: the message on 'stock.counted' breaks the contract in its payload:"
                        + " JSON does not decode as demo.stock.model.CountedPayload: $.count:"
                        + " a number with a fraction where the contract wants an integer (line 1, column 10)",
                "handled: 2 null",
                "handled: 3 whole");
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(Path contracts, boolean lenient) throws Exception {
        Files.writeString(contracts.resolve("stock.yaml"), STOCK);
        ReadResult read = new AsyncApiReader().read(contracts, contracts.resolve("stock.yaml"), ReaderOptions.defaults());
        List<JavaFile> files = GeneratedEvents.emit(read, "demo");
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(files, Map.of("demo/Driver.java", DRIVER))
                .requireSuccess();
        return ((Callable<List<String>>) compiled.load("demo.Driver").getDeclaredConstructor(boolean.class)
                .newInstance(lenient)).call();
    }
}
