package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.events.DeliveringSubscription;
import io.github.contractgen.runtime.events.Delivery;
import io.github.contractgen.runtime.events.MessageHandler;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * One consumer and its thread: polls, delivers each record through {@link Delivery} and commits its
 * offset only when the delivery is done. Uses no {@code wakeup()}: it would abort a commit, so the loop
 * polls briefly and checks whether it should stop instead.
 */
final class KafkaSubscription extends DeliveringSubscription {

    private static final Logger LOG = Logger.getLogger(KafkaSubscription.class.getName());
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private final SubscriptionSpec spec;
    private final Map<String, Object> config;
    private final Thread thread;
    private final ConnectionWatch watch;
    private final Map<String, Object> transientGroupAdmin;
    private final Duration timeout;

    /**
     * A consumer in {@code spec}'s group; {@code transientGroupAdmin}, when not null, configures the admin
     * client that deletes the group after the consumer closed, waiting at most {@code timeout}.
     */
    KafkaSubscription(SubscriptionSpec spec, MessageHandler handler, Map<String, Object> config, int index,
            Map<String, Object> transientGroupAdmin, Duration timeout) {
        super(new Delivery(spec, handler));
        this.spec = spec;
        this.config = config;
        this.transientGroupAdmin = transientGroupAdmin;
        this.timeout = timeout;
        this.thread = new Thread(this::run, "contractgen-kafka-consumer-" + index + "-" + spec.group());
        this.thread.setDaemon(true);
        this.watch = new ConnectionWatch("Kafka consumer for '" + spec.addressPattern() + "' (group '" + spec.group() + "')");
    }

    void start() {
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            ConsumerRebalanceListener joined = new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    watch.joined();
                }
            };
            if (spec.pattern().hasParameters()) {
                consumer.subscribe(spec.pattern().regex(), joined);
            } else {
                consumer.subscribe(List.of(spec.addressPattern()), joined);
            }
            while (!isClosed()) {
                pollOnce(consumer);
                watch.check(consumer.metrics(), System.nanoTime());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Kafka consumer for '" + spec.addressPattern() + "' stopped", e);
        }
        // After the consumer left (close() above): a group with a member cannot be deleted.
        if (transientGroupAdmin != null) {
            TransientGroups.delete(transientGroupAdmin, spec.group(), timeout);
        }
    }

    private void pollOnce(KafkaConsumer<byte[], byte[]> consumer) {
        try {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (!delivery().deliver(KafkaRecords.toMessage(record))) {
                    return; // stopping: the record stays uncommitted, for the group's next member
                }
                commit(consumer, record);
            }
        } catch (KafkaException e) {
            // Unreachable broker, TLS or SASL failure: Kafka keeps retrying the connection; say why once per pause.
            LOG.log(Level.WARNING, "Kafka consumer for '" + spec.addressPattern() + "' failed; retrying in "
                    + ERROR_PAUSE.toMillis() + " ms", e);
            pause();
        }
    }

    private void commit(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecord<byte[], byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        } catch (KafkaException e) {
            // The partition moved to another member mid-delivery: it will see this record again (at least once).
            LOG.log(Level.WARNING, "could not commit offset " + record.offset() + " of " + partition, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(ERROR_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(); // nobody else interrupts this thread: stop rather than spin on the flag
        }
    }

    /**
     * No handler runs any more: the consumer thread commits the record in hand (when its delivery was
     * done), then closes the consumer (and deletes a transient group). When close gave up on a handler
     * instead, this is not called: the thread closes its consumer once the handler returns.
     */
    @Override
    protected void drain() {
        join(thread);
    }
}
