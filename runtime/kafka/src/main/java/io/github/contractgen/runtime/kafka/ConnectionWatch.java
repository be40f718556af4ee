package io.github.contractgen.runtime.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Tells, from a consumer's own metrics, when it lost the brokers and when it has them again, and logs
 * both, since a Kafka consumer never says so to its caller: {@code poll} just returns nothing while
 * the client reconnects in the background.
 *
 * <p>A consumer that has joined its group hears from the brokers all the time: fetch responses (at
 * least every {@code fetch.max.wait.ms}, 500 ms by default, data or not) and heartbeat responses
 * (every 3 s), also while its handler runs. So: lost means no byte received for {@link #SILENCE};
 * back means bytes arrive again. Not thread-safe: the consumer's thread calls it.
 */
final class ConnectionWatch {

    private static final Logger LOG = Logger.getLogger(KafkaTransport.class.getName());
    static final Duration SILENCE = Duration.ofSeconds(10);
    private static final long CHECK_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    private final String what;
    private boolean joined;
    private boolean lost;
    private long lastCheck;
    private double lastBytes = -1;
    private long lastHeard;

    ConnectionWatch(String what) {
        this.what = what;
    }

    /** The consumer got an assignment: from now on, it hears from the brokers all the time. */
    void joined() {
        joined = true;
    }

    /** Looks at {@code metrics} at most once a second. */
    void check(Map<MetricName, ? extends Metric> metrics, long nowNanos) {
        if (!joined || nowNanos - lastCheck < CHECK_EVERY_NANOS) {
            return;
        }
        lastCheck = nowNanos;
        double bytes = value(metrics, "consumer-metrics", "incoming-byte-total");
        if (bytes > lastBytes) {
            lastBytes = bytes;
            lastHeard = nowNanos;
            if (lost) {
                lost = false;
                LOG.info(() -> what + " reaches the Kafka brokers again");
            }
        } else if (!lost && nowNanos - lastHeard > SILENCE.toNanos()) {
            lost = true;
            LOG.log(Level.WARNING, what + " lost the Kafka brokers: nothing received for " + SILENCE.toSeconds()
                    + " s; the client keeps reconnecting by itself, and sends fail after their timeout meanwhile");
        }
    }

    private static double value(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            if (entry.getKey().group().equals(group) && entry.getKey().name().equals(name)) {
                Object value = entry.getValue().metricValue();
                return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }
}
