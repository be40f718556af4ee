package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ReadResult;
import io.github.contractgen.generator.reader.ReaderOptions;
import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs generated code: a producer sends over the in-memory transport, a handler of the same contract
 * receives, with address parameters, typed headers, a generated correlation id, and a first attempt
 * that fails and is retried. The test's driver is compiled with the generated sources, so it uses the
 * generated API exactly as a user would.
 */
class EventsFunctionalTest {

    private static final String DRIVER = """
            package demo;

            import demo.lights30.Lights30Events;
            import demo.lights30.model.LightMeasured;
            import demo.lights30.model.LightMeasuredHeaders;
            import io.github.contractgen.runtime.events.DeliveryPolicy;
            import io.github.contractgen.runtime.events.Subscription;
            import java.time.Duration;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;
            import java.util.concurrent.atomic.AtomicInteger;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    AtomicInteger attempts = new AtomicInteger();
                    CountDownLatch handled = new CountDownLatch(1);
                    try (Lights30Events lights = Lights30Events.builder()
                            .deliveryPolicy(new DeliveryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                            .build()) {
                        Subscription subscription = lights.onWatchMeasured((lightId, payload, headers) -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("the first attempt fails");
                            }
                            seen.add(lightId + " " + payload.lumens() + " " + payload.sentAt() + " "
                                    + headers.myAppHeader() + " " + (headers.correlationId() != null));
                            handled.countDown();
                        });
                        lights.publishMeasured().send("light-7",
                                new LightMeasured(310L, OffsetDateTime.parse("2026-01-02T03:04:05Z")),
                                new LightMeasuredHeaders(42L, null));
                        if (!handled.await(60, TimeUnit.SECONDS)) {
                            seen.add("not handled after " + attempts.get() + " attempts");
                        }
                        subscription.close();
                    }
                    seen.add("attempts " + attempts.get());
                    return seen;
                }
            }
            """;

    /** Messages a producer outside contractgen sent: a payload and headers that break the contract, then a good one. */
    private static final String MALFORMED_DRIVER = """
            package demo;

            import static java.nio.charset.StandardCharsets.UTF_8;

            import demo.lights30.Lights30Events;
            import io.github.contractgen.runtime.events.DeliveryPolicy;
            import io.github.contractgen.runtime.events.InMemoryTransport;
            import io.github.contractgen.runtime.events.OutgoingMessage;
            import io.github.contractgen.runtime.events.Subscription;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    CountDownLatch done = new CountDownLatch(3);
                    InMemoryTransport transport = InMemoryTransport.create();
                    try (Lights30Events lights = Lights30Events.builder().transport(transport)
                            .deliveryPolicy(new DeliveryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(50)))
                            .deadLetters((message, attempts, error) -> {
                                seen.add("dead letter after " + attempts + " attempt(s): " + error.getClass().getSimpleName()
                                        + ": " + error.getMessage());
                                done.countDown();
                            })
                            .build()) {
                        Subscription subscription = lights.onWatchMeasured((lightId, payload, headers) -> {
                            seen.add("handled " + lightId + " " + payload.lumens() + " " + headers.myAppHeader());
                            done.countDown();
                        });
                        send(transport, Map.of(), "{\\"lumens\\":\\"bright\\"}");
                        send(transport, Map.of("my-app-header", "many"), "{\\"lumens\\":1}");
                        send(transport, Map.of("my-app-header", "42"), "{\\"lumens\\":2}");
                        if (!done.await(60, TimeUnit.SECONDS)) {
                            seen.add("not done");
                        }
                        subscription.close();
                    }
                    return seen;
                }

                private static void send(InMemoryTransport transport, Map<String, String> headers, String json) {
                    transport.send(new OutgoingMessage("lights/l1/measured", null, headers, json.getBytes(UTF_8),
                            "application/json", Map.of())).join();
                }
            }
            """;

    private static final String SHOP = """
            asyncapi: 3.0.0
            info:
              title: Shop
              version: 1.0.0
            defaultContentType: application/json
            channels:
              placed:
                address: 'shop.{region}.placed'
                parameters:
                  region:
                    enum: [eu, us, eu]
                messages:
                  orderPlaced:
                    name: orderPlaced
                    correlationId:
                      location: '$message.header#/correlationId'
                    headers:
                      type: object
                      properties:
                        correlationId:
                          type: string
                    payload:
                      type: object
                      properties:
                        id:
                          type: string
            operations:
              receiveOrder:
                action: receive
                channel:
                  $ref: '#/channels/placed'
                messages:
                  - $ref: '#/channels/placed/messages/orderPlaced'
              announceOrder:
                action: send
                channel:
                  $ref: '#/channels/placed'
                messages:
                  - $ref: '#/channels/placed/messages/orderPlaced'
            """;

    private static final String SHOP_DRIVER = """
            package demo;

            import demo.shop.ShopEvents;
            import demo.shop.model.OrderPlacedHeaders;
            import demo.shop.model.OrderPlacedPayload;
            import io.github.contractgen.runtime.events.Subscription;
            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    CountDownLatch handled = new CountDownLatch(2);
                    try (ShopEvents shop = ShopEvents.builder().build()) {
                        Subscription subscription = shop.onAnnounceOrder((region, payload, headers) -> {
                            String id = headers.correlationId();
                            seen.add(region + " " + payload.id() + " " + (id != null && id.matches("[0-9a-f-]{36}") ? "<uuid>" : id));
                            handled.countDown();
                        });
                        seen.add("same producer " + (shop.orderPlaced() == shop.orderPlaced()));
                        expectFailure(seen, () -> shop.orderPlaced().send("xx", new OrderPlacedPayload("o-0")));
                        expectFailure(seen, () -> shop.orderPlaced().send(null, new OrderPlacedPayload("o-0")));
                        shop.orderPlaced().send("eu", new OrderPlacedPayload("o-1"));
                        shop.orderPlaced().send("us", new OrderPlacedPayload("o-2"), new OrderPlacedHeaders("given-id"));
                        if (!handled.await(60, TimeUnit.SECONDS)) {
                            seen.add("not handled");
                        }
                        subscription.close();
                    }
                    return seen;
                }

                private static void expectFailure(List<String> seen, Runnable send) {
                    try {
                        send.run();
                        seen.add("sent");
                    } catch (RuntimeException e) {
                        seen.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
            """;

    /** Eleven address parameters: one more than {@code Map.of} takes. */
    private static final String MANY = """
            asyncapi: 3.0.0
            info:
              title: Many
              version: 1.0.0
            defaultContentType: application/json
            channels:
              deep:
                address: 'deep/{p1}/{p2}/{p3}/{p4}/{p5}/{p6}/{p7}/{p8}/{p9}/{p10}/{p11}'
                parameters:
                  p1: {}
                  p2: {}
                  p3: {}
                  p4: {}
                  p5: {}
                  p6: {}
                  p7: {}
                  p8: {}
                  p9: {}
                  p10: {}
                  p11: {}
                messages:
                  ping:
                    name: ping
                    payload:
                      type: object
                      properties:
                        id:
                          type: string
            operations:
              receivePing:
                action: receive
                channel:
                  $ref: '#/channels/deep'
                messages:
                  - $ref: '#/channels/deep/messages/ping'
              watchPing:
                action: send
                channel:
                  $ref: '#/channels/deep'
                messages:
                  - $ref: '#/channels/deep/messages/ping'
            """;

    private static final String MANY_DRIVER = """
            package demo;

            import demo.many.ManyEvents;
            import demo.many.model.PingPayload;
            import io.github.contractgen.runtime.events.Subscription;
            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class Driver implements Callable<List<String>> {
                @Override
                public List<String> call() throws Exception {
                    List<String> seen = new CopyOnWriteArrayList<>();
                    CountDownLatch handled = new CountDownLatch(1);
                    try (ManyEvents many = ManyEvents.builder().build()) {
                        Subscription subscription = many.onWatchPing((p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, payload, headers) -> {
                            seen.add(String.join(" ", p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, payload.id()));
                            handled.countDown();
                        });
                        many.ping().send("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", new PingPayload("deep"));
                        if (!handled.await(60, TimeUnit.SECONDS)) {
                            seen.add("not handled");
                        }
                        subscription.close();
                    }
                    return seen;
                }
            }
            """;

    @Test
    void sendsAndReceivesWithParametersHeadersAndARetry() throws Exception {
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(
                GeneratedEvents.emit(AsyncApiFixtures.read("lights-3.0.yaml"), "demo"),
                Map.of("demo/Driver.java", DRIVER)).requireSuccess();

        @SuppressWarnings("unchecked")
        Callable<List<String>> driver = (Callable<List<String>>) compiled.load("demo.Driver")
                .getDeclaredConstructor().newInstance();

        assertThat(driver.call()).containsExactly("light-7 310 2026-01-02T03:04:05Z 42 true", "attempts 2");
    }

    /**
     * A payload and headers that break the contract go to the dead-letter handler at once, with the
     * reason, without a retry; the handler sees only the message that decodes.
     */
    @Test
    void messagesThatDoNotDecodeAreDeadLetteredAtOnceAndNeverReachTheHandler() throws Exception {
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(
                GeneratedEvents.emit(AsyncApiFixtures.read("lights-3.0.yaml"), "demo"),
                Map.of("demo/Driver.java", MALFORMED_DRIVER)).requireSuccess();

        @SuppressWarnings("unchecked")
        Callable<List<String>> driver = (Callable<List<String>>) compiled.load("demo.Driver")
                .getDeclaredConstructor().newInstance();

        assertThat(driver.call()).satisfiesExactly(
                payload -> assertThat(payload).startsWith("dead letter after 1 attempt(s): MalformedMessageException:"
                        + " the message on 'lights/l1/measured' breaks the contract in its payload: ").contains("lumens"),
                headers -> assertThat(headers).startsWith("dead letter after 1 attempt(s): MalformedMessageException:"
                        + " the message on 'lights/l1/measured' breaks the contract in its headers: ")
                        .contains("$.my-app-header").doesNotContain("many"), // the path, never the value
                good -> assertThat(good).isEqualTo("handled l1 2 42"));
    }

    @Test
    void sendsToAnAddressWithMoreParametersThanMapOfTakes(@TempDir Path contracts) throws Exception {
        Files.writeString(contracts.resolve("many.yaml"), MANY);
        ReadResult read = new AsyncApiReader().read(contracts, contracts.resolve("many.yaml"), ReaderOptions.defaults());
        List<JavaFile> files = GeneratedEvents.emit(read, "demo");
        assertThat(InMemoryCompiler.sources(files).get("demo/many/ManyEvents.java")).contains("values.put(\"p11\", p11);");
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(files, Map.of("demo/Driver.java", MANY_DRIVER))
                .requireSuccess();

        @SuppressWarnings("unchecked")
        Callable<List<String>> driver = (Callable<List<String>>) compiled.load("demo.Driver")
                .getDeclaredConstructor().newInstance();

        assertThat(driver.call()).containsExactly("a b c d e f g h i j k deep");
    }

    /**
     * A parameter limited to listed values (listed twice: the generated check must still load), the
     * correlation id made for a send without headers and kept from given ones, one producer per client.
     */
    @Test
    void checksListedParameterValuesAndMakesCorrelationIdsWithoutHeaders(@TempDir Path contracts) throws Exception {
        Files.writeString(contracts.resolve("shop.yaml"), SHOP);
        ReadResult read = new AsyncApiReader().read(contracts, contracts.resolve("shop.yaml"), ReaderOptions.defaults());
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compile(GeneratedEvents.emit(read, "demo"),
                Map.of("demo/Driver.java", SHOP_DRIVER)).requireSuccess();

        @SuppressWarnings("unchecked")
        Callable<List<String>> driver = (Callable<List<String>>) compiled.load("demo.Driver")
                .getDeclaredConstructor().newInstance();

        assertThat(driver.call()).containsExactly("same producer true",
                "IllegalArgumentException: region must be one of eu, us, was xx",
                "NullPointerException: region",
                "eu o-1 <uuid>", "us o-2 given-id");
    }
}
