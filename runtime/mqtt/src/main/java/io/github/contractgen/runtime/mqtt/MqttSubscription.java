package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.AddressPattern;
import io.github.contractgen.runtime.events.DeliveringSubscription;
import io.github.contractgen.runtime.events.Delivery;
import io.github.contractgen.runtime.events.MessageHandler;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One MQTT subscription on its own connection. Messages are handled one at a time on a thread of its
 * own (never on the client's network thread, which a retry backoff would stall) and acknowledged by
 * hand after their delivery is done.
 */
final class MqttSubscription extends DeliveringSubscription {

    private static final Logger LOG = Logger.getLogger(MqttSubscription.class.getName());

    private final SubscriptionSpec spec;
    private final AddressPattern pattern;
    private final String filter;
    private final int member;
    private final MqttConnection client;
    private final Duration timeout;
    private final ExecutorService executor;
    private volatile Thread worker;

    /**
     * Connects as {@code id} and subscribes {@code filter}; {@code member} is the number of a group's
     * member, 0 without a group; the session outlives the connection when {@code persistent}.
     */
    MqttSubscription(SubscriptionSpec spec, String filter, MessageHandler handler, MqttConnector connector, String id,
            int member, boolean persistent) {
        super(new Delivery(spec, handler));
        this.spec = spec;
        this.pattern = spec.pattern();
        this.filter = filter;
        this.member = member;
        this.timeout = connector.timeout;
        // After close, the client may still hand the executor end-of-flow signals: dropping them is right.
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "contractgen-mqtt-" + spec.addressPattern());
            thread.setDaemon(true);
            worker = thread;
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
        try {
            this.client = connector.connect(id, persistent, "subscription to '" + spec.addressPattern() + "'",
                    this::onPublish, executor);
        } catch (RuntimeException e) {
            executor.shutdown();
            throw e;
        }
        subscribe();
    }

    private void subscribe() {
        try {
            // Waits for SUBACK: a message sent after subscribe() returned is seen.
            client.subscribe(filter, MqttMessages.qos(spec.bindings().get(MqttTransport.QOS), spec.addressPattern()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new TransportException("cannot subscribe to MQTT topic filter '" + filter + "': " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new TransportException("interrupted while subscribing to '" + filter + "'", e);
        }
    }

    private void onPublish(MqttConnection.Received received) {
        if (isClosed()) {
            return; // not acknowledged: a persistent session gets it again
        }
        if (!pattern.matches(received.message().address())) {
            received.acknowledge().run(); // the filter widened a level the pattern narrows; not ours
            return;
        }
        if (delivery().deliver(received.message())) {
            received.acknowledge().run();
        }
    }

    String group() {
        return spec.group();
    }

    String addressPattern() {
        return spec.addressPattern();
    }

    int member() {
        return member;
    }

    /**
     * No handler runs any more: the message in hand is acknowledged (when its delivery was done) before
     * the connection closes; messages queued behind it return at once, unacknowledged.
     */
    @Override
    protected void drain() {
        if (Thread.currentThread() == worker) {
            return; // a handler closing its own subscription
        }
        try {
            executor.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            LOG.log(Level.FINE, "draining " + spec.addressPattern() + " failed", e);
        }
    }

    @Override
    protected void release() {
        disconnect(client, timeout);
        executor.shutdown();
    }

    static void disconnect(MqttConnection client, Duration timeout) {
        try {
            client.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "MQTT disconnect did not complete cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
