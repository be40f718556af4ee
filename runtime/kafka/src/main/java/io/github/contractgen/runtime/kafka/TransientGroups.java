package io.github.contractgen.runtime.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/**
 * Deletes the consumer group of a subscription whose group is transient (the replies an
 * {@link io.github.contractgen.runtime.events.EventClient} waits for) once its consumer has left, so that
 * a group per client does not pile up on the brokers. Best effort: a failure is logged at WARNING, the
 * broker then drops the empty group when its offsets expire ({@code offsets.retention.minutes}).
 */
final class TransientGroups {

    private static final Logger LOG = Logger.getLogger(KafkaTransport.class.getName());
    /** A group is still "not empty" for a moment after its only member left: retry a few times. */
    private static final int ATTEMPTS = 10;
    private static final Duration PAUSE = Duration.ofMillis(200);

    private TransientGroups() {}

    /** Deletes {@code group} with an admin client made from {@code config}, waiting at most {@code timeout} per call. */
    static void delete(Map<String, Object> config, String group, Duration timeout) {
        try (Admin admin = Admin.create(config)) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        return; // never joined, or already gone: nothing left behind
                    }
                    if (!(e.getCause() instanceof GroupNotEmptyException) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
                Thread.sleep(PAUSE.toMillis());
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not delete the transient Kafka consumer group '" + group
                    + "'; the broker removes it when its offsets expire", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "interrupted while deleting the transient Kafka consumer group '" + group + "'", e);
        }
    }
}
