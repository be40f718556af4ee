package io.github.contractgen.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Turns PEM files and key stores into the key and trust managers of a {@link TlsConfig}.
 *
 * <p>Trust always comes from a CA bundle, a trust store or the JDK's CAs: there is deliberately no
 * code path that accepts any certificate.
 */
final class TlsMaterial {

    private TlsMaterial() {}

    static TlsConfig fromPem(Path chainFile, Path keyFile, char[] password, Path caBundle) {
        List<X509Certificate> chain = PemReader.certificates(chainFile, "certificate chain");
        PrivateKey key = PemReader.privateKey(keyFile, password);
        if (!chain.get(0).getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new ContractgenException("private key " + keyFile + " (" + key.getAlgorithm()
                    + ") does not belong to the first certificate of " + chainFile + " ("
                    + chain.get(0).getPublicKey().getAlgorithm() + ")");
        }
        char[] storePassword = new char[0];
        KeyStore identity = emptyStore();
        try {
            identity.setKeyEntry("client", key, storePassword, chain.toArray(new Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot use private key " + keyFile + " with " + chainFile + ": "
                    + e.getMessage(), e);
        }
        return config(keyManagers(identity, storePassword), trustManagers(pemTrust(caBundle)), true);
    }

    static TlsConfig trustPem(Path caBundle) {
        return config(null, trustManagers(pemTrust(caBundle)), false);
    }

    static TlsConfig fromKeyStore(Path keyStore, char[] password, Path trustStore, char[] trustPassword) {
        KeyManager[] keys = null;
        boolean hasKey = false;
        if (keyStore != null) {
            KeyStore identity = load(keyStore, password, "key store");
            hasKey = hasKeyEntry(identity, keyStore);
            keys = keyManagers(identity, password == null ? new char[0] : password);
        }
        KeyStore trust = trustStore == null ? null : load(trustStore, trustPassword, "trust store");
        return config(keys, trustManagers(trust), hasKey);
    }

    static TlsConfig systemDefault() {
        return config(null, trustManagers(null), false);
    }

    private static KeyStore pemTrust(Path caBundle) {
        if (caBundle == null) {
            return null;
        }
        KeyStore trust = emptyStore();
        List<X509Certificate> cas = PemReader.certificates(caBundle, "CA bundle");
        try {
            for (int i = 0; i < cas.size(); i++) {
                trust.setCertificateEntry("ca-" + i, cas.get(i));
            }
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot trust the certificates of " + caBundle + ": " + e.getMessage(), e);
        }
        return trust;
    }

    private static KeyStore load(Path file, char[] password, String what) {
        try {
            // Detects PKCS12, JKS and JCEKS from the content, whatever the file is called.
            return KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            throw new ContractgenException("cannot open " + what + " " + file + ": wrong password or damaged file ("
                    + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new ContractgenException(what + " " + file + " is neither PKCS12 nor JKS: " + e.getMessage(), e);
        }
    }

    private static boolean hasKeyEntry(KeyStore store, Path file) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return true;
                }
            }
            throw new ContractgenException("key store " + file + " holds no private key entry");
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot read key store " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a PKCS12 key store", e);
        }
    }

    private static KeyManager[] keyManagers(KeyStore identity, char[] password) {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(identity, password);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot use the client key: " + e.getMessage()
                    + " (a key store's key must have the store's password)", e);
        }
    }

    /** Trust managers for {@code trust}, or the JDK's CAs when it is null. */
    private static TrustManager[] trustManagers(KeyStore trust) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot set up certificate trust: " + e.getMessage(), e);
        }
    }

    private static TlsConfig config(KeyManager[] keys, TrustManager[] trust, boolean clientCertificate) {
        return TlsConfig.of(context(keys, trust), keys, trust, clientCertificate);
    }

    private static SSLContext context(KeyManager[] keys, TrustManager[] trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (NoSuchAlgorithmException | java.security.KeyManagementException e) {
            throw new IllegalStateException("the JDK cannot make a TLS context", e);
        }
    }
}
