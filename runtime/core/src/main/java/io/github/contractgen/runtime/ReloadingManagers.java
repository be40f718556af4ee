package io.github.contractgen.runtime;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Key and trust managers that hand every call to the material currently in force, so that an
 * {@code SSLContext}, a gRPC channel or a Kafka or MQTT client built once uses rotated certificates for
 * its next connection.
 *
 * <p>The calls that begin a handshake's use of a manager (checking the peer's chain, choosing an alias)
 * trigger the reload check; the calls that follow within the same handshake (the chain and key of the
 * chosen alias) read the material as it is, so that one handshake does not mix two versions. Both
 * delegate to the JDK's extended managers with the socket or engine, which is where the JDK checks the
 * host name: hostname verification works exactly as with the JDK's own managers.
 */
final class ReloadingManagers {

    private ReloadingManagers() {}

    /** The client (or server) identity of the current material. */
    static final class KeyManager extends X509ExtendedKeyManager {
        private final ReloadingMaterial material;

        KeyManager(ReloadingMaterial material) {
            this.material = material;
        }

        private X509ExtendedKeyManager checked() {
            return material.current().keys();
        }

        private X509ExtendedKeyManager unchecked() {
            return material.peek().keys();
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            X509ExtendedKeyManager keys = unchecked();
            return keys == null ? null : keys.getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            X509ExtendedKeyManager keys = checked();
            return keys == null ? null : keys.chooseClientAlias(keyType, issuers, socket);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            X509ExtendedKeyManager keys = checked();
            return keys == null ? null : keys.chooseEngineClientAlias(keyType, issuers, engine);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            X509ExtendedKeyManager keys = unchecked();
            return keys == null ? null : keys.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            X509ExtendedKeyManager keys = checked();
            return keys == null ? null : keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            X509ExtendedKeyManager keys = checked();
            return keys == null ? null : keys.chooseEngineServerAlias(keyType, issuers, engine);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            X509ExtendedKeyManager keys = unchecked();
            return keys == null ? null : keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            X509ExtendedKeyManager keys = unchecked();
            return keys == null ? null : keys.getPrivateKey(alias);
        }
    }

    /** The trust of the current material; there is no variant that trusts everything. */
    static final class TrustManager extends X509ExtendedTrustManager {
        private final ReloadingMaterial material;

        TrustManager(ReloadingMaterial material) {
            this.material = material;
        }

        private X509ExtendedTrustManager checked() {
            return material.current().trust();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checked().checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checked().checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checked().checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checked().checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checked().checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checked().checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return material.peek().trust().getAcceptedIssuers();
        }
    }
}
