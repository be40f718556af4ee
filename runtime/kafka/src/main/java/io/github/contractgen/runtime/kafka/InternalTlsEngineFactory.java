package io.github.contractgen.runtime.kafka;

import io.github.contractgen.runtime.TlsConfig;
import java.security.KeyStore;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.security.auth.SslEngineFactory;

/**
 * Internal: makes Kafka's TLS engines from a {@link TlsConfig}, so that Kafka uses exactly the key and
 * trust material (and the hostname verification) every other contractgen client uses, instead of a
 * second copy of it written into {@code ssl.*} properties. Kafka creates it by reflection, hence
 * public; not an API.
 */
public final class InternalTlsEngineFactory implements SslEngineFactory {

    /** The producer/consumer property that carries the {@link TlsConfig} object. */
    static final String TLS_CONFIG = "contractgen.tls.config";

    private TlsConfig tls;

    @Override
    public void configure(Map<String, ?> configs) {
        Object value = configs.get(TLS_CONFIG);
        if (!(value instanceof TlsConfig)) {
            throw new ConfigException(TLS_CONFIG, value, "must be an io.github.contractgen.runtime.TlsConfig");
        }
        this.tls = (TlsConfig) value;
    }

    @Override
    public SSLEngine createClientSslEngine(String peerHost, int peerPort, String endpointIdentification) {
        SSLEngine engine = tls.sslContext().createSSLEngine(peerHost, peerPort);
        engine.setUseClientMode(true);
        // Hostname verification stays on whatever ssl.endpoint.identification.algorithm says.
        engine.setSSLParameters(tls.sslParameters());
        return engine;
    }

    @Override
    public SSLEngine createServerSslEngine(String peerHost, int peerPort) {
        throw new UnsupportedOperationException("contractgen's Kafka transport is a client only");
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
