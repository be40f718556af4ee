package io.github.contractgen.runtime.micrometer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real calls through the runtimes, recorded in a real registry, with bounded tags only. */
class MicrometerObserverTest {

    private static final long WAIT = 60;

    SimpleMeterRegistry registry;
    TestHttpsServer server;
    RestClientCore core;

    @BeforeEach
    void start() {
        registry = new SimpleMeterRegistry();
        server = TestHttpsServer.http();
        core = RestClientCore.create(HttpClientOptions.builder()
                .serviceName("pets")
                .baseUri(server.baseUri())
                .connectTimeout(Duration.ofSeconds(30))
                .requestTimeout(Duration.ofSeconds(60))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, Duration.ofSeconds(5)))
                .observer(new MicrometerObserver(registry))
                .build());
    }

    @AfterEach
    void stop() {
        core.close();
        server.close();
    }

    private static RestCall<String> getPet(long id) {
        return RestCall.builder("getPet", "GET", "/pets/{petId}",
                        ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .pathParam("petId", id).build();
    }

    @Test
    void aSuccessIsTimedWithItsOperationAndStatus() {
        server.handle("/", r -> TestResponse.text(200, "rex"));

        assertThat(core.call(getPet(7))).isEqualTo("rex");

        Timer timer = registry.get(MicrometerObserver.CALLS).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.getId().getTags()).containsExactlyInAnyOrder(Tag.of("service", "pets"),
                Tag.of("operation", "getPet"), Tag.of("kind", "HTTP"), Tag.of("method", "GET"),
                Tag.of("outcome", "SUCCESS"), Tag.of("status", "200"));
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.get(MicrometerObserver.ATTEMPTS).tag("retry", "false").counter().count()).isEqualTo(1);
    }

    @Test
    void aNotFoundIsAClientError() {
        server.handle("/", r -> TestResponse.text(404, "no such pet"));

        assertThatThrownBy(() -> core.call(getPet(8))).isInstanceOf(ApiException.class);

        Timer timer = registry.get(MicrometerObserver.CALLS).tag("outcome", "CLIENT_ERROR").tag("status", "404").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(registry.get(MicrometerObserver.CALLS).meters()).hasSize(1);
    }

    @Test
    void aRetried503CountsEachAttemptAndTimesTheCallOnce() {
        AtomicInteger seen = new AtomicInteger();
        server.handle("/", r -> seen.incrementAndGet() <= 2 ? TestResponse.status(503).withHeader("Retry-After", "0")
                : TestResponse.text(200, "at last"));

        assertThat(core.call(getPet(9))).isEqualTo("at last");

        Timer timer = registry.get(MicrometerObserver.CALLS).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.getId().getTag("outcome")).isEqualTo("SUCCESS");
        Counter failedFirst = registry.get(MicrometerObserver.ATTEMPTS)
                .tags("status", "503", "outcome", "SERVER_ERROR", "retry", "false").counter();
        Counter failedRetry = registry.get(MicrometerObserver.ATTEMPTS)
                .tags("status", "503", "outcome", "SERVER_ERROR", "retry", "true").counter();
        Counter succeededRetry = registry.get(MicrometerObserver.ATTEMPTS)
                .tags("status", "200", "outcome", "SUCCESS", "retry", "true").counter();
        assertThat(List.of(failedFirst.count(), failedRetry.count(), succeededRetry.count()))
                .containsExactly(1.0, 1.0, 1.0);
        assertNoValuesFromTheRequest();
    }

    @Test
    void aMessageRoundTripIsTimedOnBothSides() throws Exception {
        CountDownLatch handled = new CountDownLatch(1);
        try (EventClient events = new EventClient(InMemoryTransport.create(), new MicrometerObserver(registry), "lights");
                Subscription ignored = events.subscribe("onMeasured",
                        SubscriptionSpec.of("lights/{id}/measured", "g"), m -> handled.countDown())) {
            events.send("sendMeasured", "lights/{id}/measured",
                    OutgoingMessage.of("lights/42/measured", "{\"lumens\":3}".getBytes(UTF_8), "application/json"))
                    .get(WAIT, TimeUnit.SECONDS);
            assertThat(handled.await(WAIT, TimeUnit.SECONDS)).isTrue();
            // The receive side ends its observation after the handler returns, on the consumer thread.
            awaitTimer("MESSAGE_RECEIVE");
        }

        Timer sent = registry.get(MicrometerObserver.CALLS).tag("kind", "MESSAGE_SEND").timer();
        assertThat(sent.getId().getTags()).contains(Tag.of("operation", "sendMeasured"), Tag.of("method", "SEND"),
                Tag.of("outcome", "SUCCESS"), Tag.of("status", "NONE"));
        Timer received = registry.get(MicrometerObserver.CALLS).tag("kind", "MESSAGE_RECEIVE").timer();
        assertThat(received.getId().getTags()).contains(Tag.of("operation", "onMeasured"), Tag.of("method", "RECEIVE"),
                Tag.of("outcome", "SUCCESS"));
        assertThat(received.count()).isEqualTo(1);
    }

    private void awaitTimer(String kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
        while (registry.find(MicrometerObserver.CALLS).tag("kind", kind).timer() == null) {
            assertThat(System.nanoTime()).as("a %s timer within %d s", kind, WAIT).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** No tag carries the path parameter's value or anything of the URL. */
    private void assertNoValuesFromTheRequest() {
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain("/", "127.0.0.1", "9");
            }
        }
    }
}
