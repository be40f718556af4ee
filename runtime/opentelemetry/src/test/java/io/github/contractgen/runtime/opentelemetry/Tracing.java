package io.github.contractgen.runtime.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real OpenTelemetry SDK whose spans are exported, as each ends, to memory. Not made global. */
final class Tracing implements AutoCloseable {

    static final long WAIT = 60;

    final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();

    /** The spans ended so far, waiting (generously) until there are at least {@code count}. */
    List<SpanData> spans(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
        while (exporter.getFinishedSpanItems().size() < count) {
            assertThat(System.nanoTime()).as("%d spans within %d s, got %s", count, WAIT,
                    exporter.getFinishedSpanItems()).isLessThan(deadline);
            Thread.sleep(10);
        }
        return exporter.getFinishedSpanItems();
    }

    /** The W3C header a span's context is sent as: version 00, trace id, span id, flags (sampled, random). */
    static String traceparent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
