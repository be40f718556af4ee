package io.github.contractgen.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import io.github.contractgen.runtime.ReloadingMaterial.Material;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Turns PEM files and key stores into the key and trust managers of a {@link TlsConfig}.
 *
 * <p>Trust always comes from a CA bundle, a trust store or the JDK's CAs: there is deliberately no
 * code path that accepts any certificate. Each factory describes how to load its files once; the
 * {@link ReloadingMaterial} runs that again when the files change.
 */
final class TlsMaterial {

    private TlsMaterial() {}

    /** How often, at most, the files behind a configuration are checked for changes. */
    static final Duration DEFAULT_RELOAD_INTERVAL = Duration.ofSeconds(10);

    static TlsConfig fromPem(Path chainFile, Path keyFile, char[] password, Path caBundle) {
        char[] keyPassword = password == null ? null : password.clone();
        return TlsConfig.of(reloading(files(chainFile, keyFile, caBundle),
                () -> new Material(pemIdentity(chainFile, keyFile, keyPassword), trust(pemTrust(caBundle)))), true);
    }

    static TlsConfig trustPem(Path caBundle) {
        return TlsConfig.of(reloading(files(caBundle), () -> new Material(null, trust(pemTrust(caBundle)))), false);
    }

    static TlsConfig fromKeyStore(Path keyStore, char[] password, Path trustStore, char[] trustPassword) {
        char[] storePassword = password == null ? new char[0] : password.clone();
        char[] trustStorePassword = trustPassword == null ? null : trustPassword.clone();
        Supplier<Material> loader = () -> new Material(
                keyStore == null ? null : keyManager(keyStoreIdentity(keyStore, storePassword), storePassword),
                trust(trustStore == null ? null : load(trustStore, trustStorePassword, "trust store")));
        return TlsConfig.of(reloading(files(keyStore, trustStore), loader), keyStore != null);
    }

    static TlsConfig systemDefault() {
        return TlsConfig.of(reloading(List.of(), () -> new Material(null, trust(null))), false);
    }

    private static ReloadingMaterial reloading(List<Path> files, Supplier<Material> loader) {
        return new ReloadingMaterial(files, loader, DEFAULT_RELOAD_INTERVAL, System::nanoTime);
    }

    private static List<Path> files(Path... files) {
        List<Path> present = new ArrayList<>();
        for (Path file : files) {
            if (file != null) {
                present.add(file);
            }
        }
        return present;
    }

    private static X509ExtendedKeyManager pemIdentity(Path chainFile, Path keyFile, char[] password) {
        List<X509Certificate> chain = PemReader.certificates(chainFile, "certificate chain");
        PrivateKey key = PemReader.privateKey(keyFile, password);
        KeyPairCheck.requireMatch(key, keyFile, chain.get(0), chainFile);
        char[] storePassword = new char[0];
        KeyStore identity = emptyStore();
        try {
            identity.setKeyEntry("client", key, storePassword, chain.toArray(new Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot use private key " + keyFile + " with " + chainFile + ": "
                    + e.getMessage(), e);
        }
        return keyManager(identity, storePassword);
    }

    private static KeyStore keyStoreIdentity(Path keyStore, char[] password) {
        KeyStore identity = load(keyStore, password, "key store");
        hasKeyEntry(identity, keyStore);
        return identity;
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

    private static void hasKeyEntry(KeyStore store, Path file) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return;
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

    private static X509ExtendedKeyManager keyManager(KeyStore identity, char[] password) {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(identity, password);
            return only(X509ExtendedKeyManager.class, factory.getKeyManagers());
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot use the client key: " + e.getMessage()
                    + " (a key store's key must have the store's password)", e);
        }
    }

    /** The trust manager for {@code trust}, or for the JDK's CAs when it is null. */
    private static X509ExtendedTrustManager trust(KeyStore trust) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return only(X509ExtendedTrustManager.class, factory.getTrustManagers());
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot set up certificate trust: " + e.getMessage(), e);
        }
    }

    private static <T> T only(Class<T> type, Object[] managers) {
        for (Object manager : managers) {
            if (type.isInstance(manager)) {
                return type.cast(manager);
            }
        }
        throw new IllegalStateException("the JDK's default manager factory made no " + type.getSimpleName());
    }

    static SSLContext context(KeyManager[] keys, TrustManager[] trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (NoSuchAlgorithmException | java.security.KeyManagementException e) {
            throw new IllegalStateException("the JDK cannot make a TLS context", e);
        }
    }
}
