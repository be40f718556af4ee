package io.github.contractgen.runtime.opentelemetry;

import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Makes an OpenTelemetry span for every call of a generated client and carries the trace to the other
 * side: W3C trace context goes into HTTP headers, gRPC metadata and message headers, and a received
 * message's span continues the trace its producer began.
 *
 * <p>Spans follow OpenTelemetry's semantic conventions: {@code CLIENT} spans for HTTP
 * ({@code http.request.method}, {@code url.template}, {@code server.address},
 * {@code http.response.status_code}, {@code error.type}) and gRPC ({@code rpc.system=grpc},
 * {@code rpc.service}, {@code rpc.method}, {@code rpc.grpc.status_code}); a {@code PRODUCER} span per
 * message sent and a {@code CONSUMER} span per message received ({@code messaging.system},
 * {@code messaging.destination.name}, {@code messaging.operation.type}). A call is one span however
 * often it is retried; each attempt is an event on it, and every attempt carries the same trace
 * context. The consumer span is the producer span's child, and is the current span while the handler
 * runs, so that the handler's own spans and the messages it sends join the same trace.
 *
 * <p>Context is written and read with the {@code OpenTelemetry} instance's propagators: configure W3C
 * trace context there (the SDK's autoconfiguration does by default). No span holds a header value, a
 * query, a path parameter or an exception message, so no secret reaches the exporter. Thread-safe.
 *
 * @since 0.1.0
 */
public final class OpenTelemetryObserver implements Observer {

    /** The instrumentation scope of every span this observer makes. */
    public static final String INSTRUMENTATION_NAME = "io.github.contractgen";
    /** The {@code messaging.system} used unless {@link #withMessagingSystem} says otherwise. */
    public static final String DEFAULT_MESSAGING_SYSTEM = "contractgen";

    private static final TextMapGetter<Function<String, String>> RECEIVED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Function<String, String> carrier) {
            // The lookup cannot list names; W3C trace context and baggage only look up fixed ones.
            return List.of();
        }

        @Override
        public String get(Function<String, String> carrier, String key) {
            return carrier == null ? null : carrier.apply(key);
        }
    };

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final String messagingSystem;

    public OpenTelemetryObserver(OpenTelemetry openTelemetry) {
        this(openTelemetry, DEFAULT_MESSAGING_SYSTEM);
    }

    private OpenTelemetryObserver(OpenTelemetry openTelemetry, String messagingSystem) {
        this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        this.messagingSystem = Objects.requireNonNull(messagingSystem, "messagingSystem");
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /**
     * This observer with {@code messaging.system} set to {@code system} ({@code kafka}, {@code mqtt}, …):
     * the observer cannot tell which transport an event client uses, the application that made both can.
     */
    public OpenTelemetryObserver withMessagingSystem(String system) {
        return new OpenTelemetryObserver(openTelemetry, system);
    }

    @Override
    public Observation start(CallInfo call) {
        return start(call, Context.current());
    }

    /** A received message: its span is the child of the producer's, read from the message's headers. */
    @Override
    public Observation start(CallInfo call, Function<String, String> receivedHeader) {
        return start(call, propagator.extract(Context.current(), receivedHeader, RECEIVED));
    }

    private Observation start(CallInfo call, Context parent) {
        SpanBuilder builder = tracer.spanBuilder(SpanAttributes.spanName(call))
                .setParent(parent)
                .setSpanKind(spanKind(call.kind()));
        SpanAttributes.atStart(builder, call, messagingSystem);
        Span span = builder.startSpan();
        return new SpanObservation(call, span, parent.with(span), propagator);
    }

    private static SpanKind spanKind(CallKind kind) {
        return switch (kind) {
            case HTTP, GRPC -> SpanKind.CLIENT;
            case MESSAGE_SEND -> SpanKind.PRODUCER;
            case MESSAGE_RECEIVE -> SpanKind.CONSUMER;
        };
    }
}
