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
 * so that the consumer continues the producer's trace.
 *
 * <p>A request ({@link #request}, AsyncAPI 3.0 request/reply) is one observed call of kind
 * {@link CallKind#MESSAGE_SEND} with method {@code REQUEST}, from the send until the reply arrived or
 * the timeout fired; its reply is matched by correlation id on a reply address this client subscribes
 * to once. The replying side answers with {@link #reply}, an ordinary observed send. Closing the client
 * ends the reply subscriptions, fails the requests still waiting and closes the transport, which waits
 * for a running handler at most its {@linkplain DeliveryPolicy#closeGrace() close grace} (see
 * {@link Subscription#close()}).
 *
 * <p>Observers cannot change a call: whatever an observer throws, an {@link Error} included, is logged
 * and ignored ({@link Observers}), so a send whose observer fails still reports the broker's answer, and a
 * received message whose observer fails is handled as if unobserved. Thread-safe.
 *
 * @since 0.1.0
 */
public final class EventClient implements AutoCloseable {

    private final EventTransport transport;
    private final Observer observer;
    private final String service;
    private final Requests requests;

    public EventClient(EventTransport transport, Observer observer, String service) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.service = Objects.requireNonNull(service, "service");
        this.requests = new Requests(transport, observer, service);
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
        if (observer == Observer.NOOP) {
            // Nobody to tell: not even the call's description is made. The checks are CallInfo's.
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(addressTemplate, "target");
            return handOver(message);
        }
        CallInfo call = new CallInfo(service, operation, CallKind.MESSAGE_SEND, "SEND", addressTemplate);
        Observation observation = Observers.safeStart(observer, call);
        if (observation == Observation.NOOP) {
            return handOver(message); // nothing to inject or record: no copies, no timing
        }
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        Observers.safely(() -> observation.inject((name, value) -> headers.put(
                Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"))));
        long start = System.nanoTime();
        CompletableFuture<Void> sent = handOver(message.withHeaders(headers));
        long size = message.payload().length;
        return sent.whenComplete((ignored, error) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Throwable cause = unwrap(error);
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(1, -1, took, cause)));
            Observers.safely(() -> observation.onEnd(new CallResult(-1, took, 1, size, -1, cause)));
        });
    }

    /** The transport's send, with what it throws turned into a failed future as callers expect. */
    private CompletableFuture<Void> handOver(OutgoingMessage message) {
        try {
            return transport.send(message);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Subscribes {@code handler} for operation {@code operation}, observed. */
    public Subscription subscribe(String operation, SubscriptionSpec spec, MessageHandler handler) {
        Objects.requireNonNull(spec, "spec");
        CallInfo call = new CallInfo(service, operation, CallKind.MESSAGE_RECEIVE, "RECEIVE", spec.addressPattern());
        return transport.subscribe(spec.observedBy(observer, call), handler);
    }

    /**
     * Sends the request {@code message} for operation {@code operation} and completes with the reply
     * whose correlation id matches. The correlation id is the request's {@code spec.correlationHeader()}
     * header when it has one, else a new UUID put there; the reply address goes into
     * {@code spec.replyAddressHeader()} when set; both also go into the bindings
     * {@link RequestSpec#CORRELATION_ID_BINDING} and {@link RequestSpec#REPLY_ADDRESS_BINDING}, which MQTT 5
     * sends as Correlation Data and Response Topic. The future fails with a {@link ReplyTimeoutException}
     * naming the operation when no reply arrives within {@code spec.timeout()}, and with the transport's
     * error when the request could not be sent.
     */
    public CompletableFuture<IncomingMessage> request(String operation, String addressTemplate, OutgoingMessage message,
            RequestSpec spec) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(spec, "spec");
        return requests.request(operation, addressTemplate, message, spec);
    }

    /**
     * Sends {@code reply} as the answer to {@code request}: to the address in the request's
     * {@code spec.replyAddressHeader()} header when it carries one, else to {@code reply.address()},
     * with the request's correlation id in {@code spec.replyCorrelationHeader()}. Observed as a send on
     * {@code replyAddressTemplate}.
     *
     * @throws IllegalStateException when neither the request nor {@code reply} names an address
     */
    public CompletableFuture<Void> reply(String operation, String replyAddressTemplate, IncomingMessage request,
            OutgoingMessage reply, RequestSpec spec) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(spec, "spec");
        return send(operation, replyAddressTemplate, Requests.addressed(operation, request, reply, spec));
    }

    /**
     * An address of this client's own for the replies of {@code operation}, for contracts whose reply
     * channel has no fixed address: the request tells the replying side where to answer.
     */
    public String inbox(String operation) {
        return requests.inbox(Objects.requireNonNull(operation, "operation"));
    }

    @Override
    public void close() {
        try {
            requests.close();
        } finally {
            transport.close();
        }
    }

    private static Throwable unwrap(Throwable error) {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() != null) {
            return error.getCause();
        }
        return error;
    }
}
