package io.github.contractgen.runtime.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A single-node KRaft cluster in this JVM, listening on 127.0.0.1, made with Kafka's own test kit. */
final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static KafkaBroker start(Map<String, String> extraConfig) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "1");
        extraConfig.forEach(builder::setConfigProp);
        KafkaClusterTestKit cluster = builder.build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * A listener besides the test kit's own (plain text, which the broker also uses to reach itself):
     * its name, security protocol, fixed port on localhost and {@code listener.name.<name>.*} settings.
     */
    record Listener(String name, String protocol, int port, Map<String, String> config) {}

    /**
     * The test kit's listeners plus {@code listeners} on fixed ports, so that clients can reach them
     * again after {@link #startBroker()}, and since the 4.1 test kit refuses SSL and SASL on its own listener.
     */
    static KafkaBroker startWithListeners(List<Listener> listeners) throws Exception {
        StringBuilder names = new StringBuilder("EXTERNAL://localhost:0,CONTROLLER://localhost:0");
        StringBuilder protocols = new StringBuilder("EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
        Map<String, String> config = new HashMap<>();
        for (Listener listener : listeners) {
            names.append(',').append(listener.name()).append("://localhost:").append(listener.port());
            protocols.append(',').append(listener.name()).append(':').append(listener.protocol());
            String prefix = "listener.name." + listener.name().toLowerCase(Locale.ROOT) + ".";
            listener.config().forEach((name, value) -> config.put(prefix + name, value));
        }
        config.put("listeners", names.toString());
        config.put("listener.security.protocol.map", protocols.toString());
        return start(config);
    }

    /** An SSL listener {@code SECURE} on {@code localhost:port} configured by {@code ssl}. */
    static KafkaBroker startWithSslListener(int port, Map<String, String> ssl) throws Exception {
        return startWithListeners(List.of(new Listener("SECURE", "SSL", port, ssl)));
    }

    /** Shuts the broker down (its controller keeps running): every client connection drops, its ports close. */
    void stopBroker() {
        BrokerServer broker = broker();
        broker.shutdown();
        broker.awaitShutdown();
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, with its data, on the same ports. */
    void startBroker() throws Exception {
        broker().startup();
        cluster.waitForReadyBrokers();
    }

    private BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }

    /** The test kit's own plain-text listener, for admin work the tests do on the broker. */
    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
