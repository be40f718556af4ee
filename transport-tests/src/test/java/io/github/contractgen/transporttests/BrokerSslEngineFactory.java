package io.github.contractgen.transporttests;

import io.github.contractgen.testsupport.SwitchableServerTls;
import java.security.KeyStore;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import org.apache.kafka.common.security.auth.SslEngineFactory;

/**
 * The test broker's TLS: server engines from the {@link SwitchableServerTls} of the running test, which
 * Kafka cannot be handed as a property value (it instantiates this class by name), hence the static field.
 * Public because Kafka instantiates it by reflection.
 */
public final class BrokerSslEngineFactory implements SslEngineFactory {

    static volatile SwitchableServerTls serverTls;

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public SSLEngine createServerSslEngine(String peerHost, int peerPort) {
        SSLEngine engine = serverTls.sslContext().createSSLEngine(peerHost, peerPort);
        engine.setUseClientMode(false);
        engine.setNeedClientAuth(true);
        return engine;
    }

    @Override
    public SSLEngine createClientSslEngine(String peerHost, int peerPort, String endpointIdentification) {
        throw new UnsupportedOperationException("the broker's SSL listener serves clients only");
    }

    @Override
    public boolean shouldBeRebuilt(Map<String, Object> nextConfigs) {
        return false;
    }

    @Override
    public Set<String> reconfigurableConfigs() {
        return Set.of();
    }

    @Override
    public KeyStore keystore() {
        return null;
    }

    @Override
    public KeyStore truststore() {
        return null;
    }

    @Override
    public void close() {}
}
