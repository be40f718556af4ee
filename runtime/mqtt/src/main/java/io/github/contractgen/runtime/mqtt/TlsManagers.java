package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.runtime.TlsConfig;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;

/**
 * HiveMQ's client takes key and trust manager <em>factories</em>; these hand out the managers of a
 * {@link TlsConfig} as they are, so that MQTT uses the same material as every other client.
 */
final class TlsManagers {

    private static final String ALGORITHM = "contractgen";

    private TlsManagers() {}

    /**
     * TLS 1.3/1.2 with the config's managers. No hostname verifier is set on purpose: HiveMQ then
     * verifies the host with the JDK's HTTPS rules.
     */
    static MqttClientSslConfig sslConfig(TlsConfig tls) {
        var builder = MqttClientSslConfig.builder()
                .trustManagerFactory(trustFactory(tls))
                .protocols(List.of("TLSv1.3", "TLSv1.2"));
        if (!tls.keyManagers().isEmpty()) {
            builder.keyManagerFactory(keyFactory(tls));
        }
        return builder.build();
    }

    private static KeyManagerFactory keyFactory(TlsConfig tls) {
        KeyManager[] managers = tls.keyManagers().toArray(new KeyManager[0]);
        KeyManagerFactorySpi spi = new KeyManagerFactorySpi() {
            @Override
            protected void engineInit(KeyStore store, char[] password) {}

            @Override
            protected void engineInit(ManagerFactoryParameters parameters) {}

            @Override
            protected KeyManager[] engineGetKeyManagers() {
                return managers.clone();
            }
        };
        return new KeyManagerFactory(spi, tls.sslContext().getProvider(), ALGORITHM) {};
    }

    private static TrustManagerFactory trustFactory(TlsConfig tls) {
        TrustManager[] managers = tls.trustManagers().toArray(new TrustManager[0]);
        TrustManagerFactorySpi spi = new TrustManagerFactorySpi() {
            @Override
            protected void engineInit(KeyStore store) {}

            @Override
            protected void engineInit(ManagerFactoryParameters parameters) {}

            @Override
            protected TrustManager[] engineGetTrustManagers() {
                return managers.clone();
            }
        };
        return new TrustManagerFactory(spi, tls.sslContext().getProvider(), ALGORITHM) {};
    }
}
