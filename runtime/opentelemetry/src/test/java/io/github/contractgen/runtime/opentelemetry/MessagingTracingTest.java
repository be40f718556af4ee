package io.github.contractgen.runtime.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A message round trip over the in-memory transport is one trace: the consumer span is the producer's child. */
class MessagingTracingTest {

    Tracing tracing;
    EventClient events;

    @BeforeEach
    void start() {
        tracing = new Tracing();
        events = new EventClient(InMemoryTransport.create(),
                new OpenTelemetryObserver(tracing.sdk).withMessagingSystem("in_memory"), "lights");
    }

    @AfterEach
    void stop() {
        events.close();
        tracing.close();
    }

    @Test
    void producerAndConsumerSpansShareOneTrace() throws Exception {
        CompletableFuture<IncomingMessage> received = new CompletableFuture<>();
        CompletableFuture<SpanContext> currentInHandler = new CompletableFuture<>();
        try (Subscription ignored = events.subscribe("onMeasured", SubscriptionSpec.of("lights/{id}/measured", "g"),
                message -> {
                    currentInHandler.complete(Span.current().getSpanContext());
                    received.complete(message);
                })) {
            events.send("sendMeasured", "lights/{id}/measured",
                    OutgoingMessage.of("lights/42/measured", "{\"lumens\":3}".getBytes(UTF_8), "application/json"))
                    .get(Tracing.WAIT, TimeUnit.SECONDS);
            received.get(Tracing.WAIT, TimeUnit.SECONDS);
            tracing.spans(2);
        }

        List<SpanData> spans = tracing.spans(2);
        SpanData producer = spans.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        SpanData consumer = spans.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertThat(producer).hasName("send lights/{id}/measured").hasAttributesSatisfyingExactly(
                equalTo(SpanAttributes.MESSAGING_SYSTEM, "in_memory"),
                equalTo(SpanAttributes.MESSAGING_DESTINATION_NAME, "lights/{id}/measured"),
                equalTo(SpanAttributes.MESSAGING_DESTINATION_TEMPLATE, "lights/{id}/measured"),
                equalTo(SpanAttributes.MESSAGING_OPERATION_TYPE, "send"),
                equalTo(SpanAttributes.MESSAGING_OPERATION_NAME, "send"),
                equalTo(SpanAttributes.MESSAGING_BODY_SIZE, 12L),
                equalTo(SpanAttributes.CONTRACTGEN_SERVICE, "lights"),
                equalTo(SpanAttributes.CONTRACTGEN_OPERATION, "sendMeasured"));
        assertThat(consumer).hasName("process lights/{id}/measured")
                .hasTraceId(producer.getTraceId())
                .hasParentSpanId(producer.getSpanId())
                .hasAttribute(SpanAttributes.MESSAGING_OPERATION_TYPE, "process")
                .hasAttribute(SpanAttributes.CONTRACTGEN_OPERATION, "onMeasured");
        assertThat(received.get().headers()).containsEntry("traceparent", Tracing.traceparent(producer));
        // The handler ran inside the consumer span, so that its own spans join the trace.
        assertThat(currentInHandler.get()).isEqualTo(consumer.getSpanContext());
    }
}
