package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.observe.AttemptInfo;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.CallResult;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.runtime.observe.Observers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The request/reply part of an {@link EventClient}: one {@link ReplyRouter} per reply address, made
 * when the first request expects a reply there, and one timer thread for the timeouts, started with
 * the first request. Built on {@link EventTransport#send} and {@link EventTransport#subscribe} only,
 * so it works over every transport that carries headers. Thread-safe.
 */
final class Requests implements AutoCloseable {

    private final EventTransport transport;
    private final Observer observer;
    private final String service;
    private final String clientId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, ReplyRouter> routers = new LinkedHashMap<>();
    private ScheduledExecutorService timer;
    private boolean closed;

    Requests(EventTransport transport, Observer observer, String service) {
        this.transport = transport;
        this.observer = observer;
        this.service = service;
    }

    /** An address of this client's own for the replies of {@code operation}: only characters Kafka and MQTT both allow. */
    String inbox(String operation) {
        return "replies." + safe(service) + "." + safe(operation) + "." + clientId;
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    CompletableFuture<IncomingMessage> request(String operation, String addressTemplate, OutgoingMessage message,
            RequestSpec spec) {
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        String id = headers.computeIfAbsent(spec.correlationHeader(), name -> UUID.randomUUID().toString());
        if (spec.replyAddressHeader() != null) {
            headers.put(spec.replyAddressHeader(), spec.replyAddress());
        }
        Map<String, String> bindings = new LinkedHashMap<>(message.bindings());
        bindings.put(RequestSpec.CORRELATION_ID_BINDING, id);
        bindings.put(RequestSpec.REPLY_ADDRESS_BINDING, spec.replyAddress());
        CallInfo call = new CallInfo(service, operation, CallKind.MESSAGE_SEND, "REQUEST", addressTemplate);
        Observation observation = Observers.safeStart(observer, call);
        Observers.safely(() -> observation.inject((name, value) -> headers.put(
                Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"))));
        long start = System.nanoTime();
        CompletableFuture<IncomingMessage> reply;
        try {
            ReplyRouter router = router(spec);
            reply = router.expect(operation, id, spec.timeout());
            send(new OutgoingMessage(message.address(), message.key(), headers, message.payload(), message.contentType(),
                    bindings), router, id, reply);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        long size = message.payload().length;
        return reply.whenComplete((received, error) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            long replySize = received == null ? -1 : received.payload().length;
            Observers.safely(() -> observation.onAttempt(new AttemptInfo(1, -1, took, cause)));
            Observers.safely(() -> observation.onEnd(new CallResult(-1, took, 1, size, replySize, cause)));
        });
    }

    private void send(OutgoingMessage message, ReplyRouter router, String id, CompletableFuture<IncomingMessage> reply) {
        CompletableFuture<Void> sent;
        try {
            sent = transport.send(message);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ignored, error) -> {
            if (error != null) {
                router.forget(id);
                reply.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
    }

    private synchronized ReplyRouter router(RequestSpec spec) {
        if (closed) {
            throw new IllegalStateException("the event client is closed; cannot wait for replies on '"
                    + spec.replyAddress() + "'");
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "contractgen-reply-timeouts-" + clientId);
                thread.setDaemon(true);
                return thread;
            });
        }
        String key = spec.replyAddress() + "\n" + spec.replyCorrelationHeader();
        ReplyRouter router = routers.get(key);
        if (router == null) {
            // A group per router: it must see every reply on its address, not share them with another router.
            router = new ReplyRouter(transport, spec.replyAddress(), spec.replyCorrelationHeader(),
                    "contractgen-replies-" + clientId + "-" + (routers.size() + 1), timer);
            routers.put(key, router);
        }
        return router;
    }

    /**
     * The reply to {@code request} made ready to send: addressed to the request's reply address header
     * when it has one, else to its {@link RequestSpec#REPLY_ADDRESS_BINDING} binding, else to
     * {@code reply}'s own address, and carrying the request's correlation id (from the header, else the
     * binding) in the reply header and binding.
     */
    static OutgoingMessage addressed(String operation, IncomingMessage request, OutgoingMessage reply, RequestSpec spec) {
        String target = spec.replyAddressHeader() == null ? null : request.headers().get(spec.replyAddressHeader());
        if (target == null || target.isEmpty()) {
            target = request.bindings().get(RequestSpec.REPLY_ADDRESS_BINDING);
        }
        if (target == null || target.isEmpty()) {
            target = reply.address();
        }
        if (target.isEmpty()) {
            throw new IllegalStateException("operation '" + operation + "': the request carries no reply address"
                    + (spec.replyAddressHeader() == null ? "" : " in header '" + spec.replyAddressHeader() + "'")
                    + " and the contract fixes none");
        }
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        Map<String, String> bindings = new LinkedHashMap<>(reply.bindings());
        String id = correlationId(request, spec.correlationHeader());
        if (id != null) {
            headers.put(spec.replyCorrelationHeader(), id);
            bindings.put(RequestSpec.CORRELATION_ID_BINDING, id);
        }
        return new OutgoingMessage(target, reply.key(), headers, reply.payload(), reply.contentType(), bindings);
    }

    /** The correlation id of {@code message}: its header {@code header}, else its correlation binding, else null. */
    static @Nullable String correlationId(IncomingMessage message, String header) {
        String id = message.headers().get(header);
        return id != null ? id : message.bindings().get(RequestSpec.CORRELATION_ID_BINDING);
    }

    /** Ends every reply subscription, fails the requests still waiting and stops the timer. */
    @Override
    public void close() {
        List<ReplyRouter> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(routers.values());
            routers.clear();
        }
        RuntimeException first = null;
        for (ReplyRouter router : open) {
            try {
                router.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        synchronized (this) {
            if (timer != null) {
                timer.shutdownNow();
                awaitQuietly(timer);
            }
        }
        if (first != null) {
            throw new TransportException("closing the reply subscriptions failed", first);
        }
    }

    private static void awaitQuietly(ScheduledExecutorService timer) {
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
