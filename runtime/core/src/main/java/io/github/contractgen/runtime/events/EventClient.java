package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.runtime.observe.Observers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What generated producers and consumers call: one transport and one observer for a service, with
 * the observer wrapped around every send and every delivery.
 *
 * <p>A send is one observed call ({@link CallKind#MESSAGE_SEND}); before the message leaves, the
 * observation may add headers (W3C {@code traceparent}) through {@link Observation#inject}. A received
 * message is one observed call ({@link CallKind#MESSAGE_RECEIVE}) covering all its handler attempts;
 * the observer gets the received headers through {@link Observer#start(CallInfo, java.util.function.Function)}
 * so that the consumer continues the producer's trace. Closing the client closes the transport.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class EventClient implements AutoCloseable {

    private final EventTransport transport;
    private final Observer observer;
    private final String service;

    public EventClient(EventTransport transport, Observer observer, String service) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.service = Objects.requireNonNull(service, "service");
    }

    public EventTransport transport() {
        return transport;
    }

    /**
     * Sends {@code message} for operation {@code operation} on the channel {@code addressTemplate}
     * (the template, not the concrete address, so that observers keep a low cardinality).
     */
    public CompletableFuture<Void> send(String operation, String addressTemplate, OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        CallInfo call = new CallInfo(service, operation, CallKind.MESSAGE_SEND, "SEND", addressTemplate);
        Observation observation = Observers.safeStart(observer, call);
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        Observers.safely(() -> observation.inject((name, value) -> headers.put(
                Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"))));
        long start = System.nanoTime();
        CompletableFuture<Void> sent;
        try {
            sent = transport.send(message.withHeaders(headers));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        long size = message.payload().length;
        return sent.whenComplete((ignored, error) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Throwable cause = unwrap(error);
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(1, -1, took, cause)));
            Observers.safely(() -> observation.onEnd(new CallResult(-1, took, 1, size, -1, cause)));
        });
    }

    /** Subscribes {@code handler} for operation {@code operation}, observed. */
    public Subscription subscribe(String operation, SubscriptionSpec spec, MessageHandler handler) {
        Objects.requireNonNull(spec, "spec");
        CallInfo call = new CallInfo(service, operation, CallKind.MESSAGE_RECEIVE, "RECEIVE", spec.addressPattern());
        return transport.subscribe(spec.observedBy(observer, call), handler);
    }

    @Override
    public void close() {
        transport.close();
    }

    private static Throwable unwrap(Throwable error) {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) {
            return error.getCause();
        }
        return error;
    }
}
