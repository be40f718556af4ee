package io.github.contractgen.runtime.events;

import io.github.contractgen.runtime.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The replies of one reply address: subscribed once, when the first request expects a reply there,
 * and handing each reply to the request with its correlation id.
 *
 * <p>The subscription has a group of its own, so that every requesting client sees every reply on a
 * shared reply address and keeps those that are its own. A reply whose id no request waits for (it
 * came after its request timed out, or belongs to another client) is dropped and logged at FINE. The
 * group is transient ({@link SubscriptionSpec#withTransientGroup()}): the broker forgets it on close.
 * Thread-safe.
 */
final class ReplyRouter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplyRouter.class.getName());

    private final String address;
    private final String correlationHeader;
    private final ScheduledExecutorService timer;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Subscription subscription;

    ReplyRouter(EventTransport transport, String address, String correlationHeader, String group,
            ScheduledExecutorService timer) {
        this.address = Objects.requireNonNull(address, "address");
        this.correlationHeader = Objects.requireNonNull(correlationHeader, "correlationHeader");
        this.timer = Objects.requireNonNull(timer, "timer");
        // One attempt: routing a reply cannot fail, and a retry would only delay the next reply. A
        // transient group: once this router is gone its replies are useless, so the broker keeps nothing.
        SubscriptionSpec spec = SubscriptionSpec.of(literal(address), group)
                .withPolicy(new DeliveryPolicy(1, Duration.ZERO, Duration.ZERO)).withTransientGroup();
        this.subscription = transport.subscribe(spec, this::route);
    }

    /** The address as a pattern that matches only itself: braces cannot occur in a concrete address. */
    private static String literal(String address) {
        if (address.indexOf('{') >= 0 || address.indexOf('}') >= 0) {
            throw new IllegalArgumentException("reply address '" + address + "' must be concrete, without '{' '}'");
        }
        return address;
    }

    /**
     * A future for the reply with {@code id}, failed with a {@link ReplyTimeoutException} naming
     * {@code operation} when none arrives within {@code timeout}. Register before sending the request.
     */
    CompletableFuture<IncomingMessage> expect(String operation, String id, Duration timeout) {
        CompletableFuture<IncomingMessage> reply = new CompletableFuture<>();
        Pending entry = new Pending(reply);
        if (pending.putIfAbsent(id, entry) != null) {
            throw new IllegalArgumentException("operation '" + operation + "': a request with correlation id '" + id
                    + "' is already waiting for its reply on '" + address + "'");
        }
        entry.timeout = timer.schedule(() -> expire(operation, id, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
        return reply;
    }

    /** Stops waiting for {@code id}, e.g. because the request could not be sent. */
    void forget(String id) {
        Pending entry = pending.remove(id);
        if (entry != null && entry.timeout != null) {
            entry.timeout.cancel(false);
        }
    }

    private void expire(String operation, String id, Duration timeout) {
        Pending entry = pending.remove(id);
        if (entry != null) {
            entry.reply.completeExceptionally(new ReplyTimeoutException("operation '" + operation + "': no reply on '"
                    + address + "' within " + timeout + " (correlation id " + id + ")"));
        }
    }

    private void route(IncomingMessage message) {
        String id = Requests.correlationId(message, correlationHeader);
        Pending entry = id == null ? null : pending.remove(id);
        if (entry == null) {
            LOG.log(Level.FINE, () -> "dropping a message on '" + address + "' that no request waits for"
                    + (id == null ? " (it has no '" + correlationHeader + "' header nor correlation binding)"
                            : " (correlation id " + id + ")"));
            return;
        }
        if (entry.timeout != null) {
            entry.timeout.cancel(false);
        }
        entry.reply.complete(message);
    }

    /** Ends the subscription and fails every request still waiting. */
    @Override
    public void close() {
        subscription.close();
        List<Pending> left = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending entry : left) {
            if (entry.timeout != null) {
                entry.timeout.cancel(false);
            }
            entry.reply.completeExceptionally(new TransportException("the client was closed while a request waited"
                    + " for its reply on '" + address + "'", null));
        }
    }

    private static final class Pending {
        final CompletableFuture<IncomingMessage> reply;
        volatile ScheduledFuture<?> timeout;

        Pending(CompletableFuture<IncomingMessage> reply) {
            this.reply = reply;
        }
    }
}
