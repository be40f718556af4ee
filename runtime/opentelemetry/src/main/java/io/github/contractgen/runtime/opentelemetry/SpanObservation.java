package io.github.contractgen.runtime.opentelemetry;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.function.BiConsumer;

/**
 * One call's span: injects its context before each attempt, records each attempt as an event, and
 * ends the span with the call's result.
 *
 * <p>A received message's span is made current on the consumer thread from start to end, which the
 * event runtime guarantees to be one thread running the handler in between. Other kinds of call end on
 * another thread than they start, so their span is never made current: the caller's context is left as
 * it was.
 */
final class SpanObservation implements Observation {

    private static final BiConsumerSetter SETTER = new BiConsumerSetter();

    private final CallInfo call;
    private final Span span;
    private final Context context;
    private final TextMapPropagator propagator;
    private final Thread startThread;
    private final Scope scope;

    SpanObservation(CallInfo call, Span span, Context context, TextMapPropagator propagator) {
        this.call = call;
        this.span = span;
        this.context = context;
        this.propagator = propagator;
        this.startThread = Thread.currentThread();
        this.scope = call.kind() == CallKind.MESSAGE_RECEIVE ? context.makeCurrent() : null;
    }

    @Override
    public void inject(BiConsumer<String, String> headers) {
        propagator.inject(context, headers, SETTER);
    }

    @Override
    public void onAttempt(AttemptInfo attempt) {
        span.addEvent("contractgen.attempt", SpanAttributes.ofAttempt(call, attempt));
    }

    @Override
    public void onEnd(CallResult result) {
        try {
            SpanAttributes.atEnd(span, call, result);
            span.end();
        } finally {
            // A scope closed on another thread would corrupt that thread's context: leave it then.
            if (scope != null && Thread.currentThread() == startThread) {
                scope.close();
            }
        }
    }

    /** Writes propagation fields through the runtime's header callback. */
    private static final class BiConsumerSetter
            implements io.opentelemetry.context.propagation.TextMapSetter<BiConsumer<String, String>> {
        @Override
        public void set(BiConsumer<String, String> carrier, String key, String value) {
            if (carrier != null) {
                carrier.accept(key, value);
            }
        }
    }
}
