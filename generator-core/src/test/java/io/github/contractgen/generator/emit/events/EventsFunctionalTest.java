package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

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
}
