package io.github.contractgen.runtime.kafka;

import java.util.Map;
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
     * The test kit's listeners (plain text, which the broker also uses to reach itself) plus an SSL
     * listener {@code SECURE} on {@code localhost:port} configured by {@code ssl}, since the 4.1 test kit
     * refuses SSL on its own broker listener.
     */
    static KafkaBroker startWithSslListener(int port, Map<String, String> ssl) throws Exception {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,SECURE://localhost:" + port);
        config.put("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SECURE:SSL");
        ssl.forEach((name, value) -> config.put("listener.name.secure." + name, value));
        return start(config);
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
