package io.github.contractgen.testsupport;

import io.github.contractgen.testsupport.CertificateIssuer.Issued;
import io.github.contractgen.testsupport.CertificateIssuer.LeafSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A throw-away PKI for TLS tests: a CA, server certificates good and bad, a client certificate, written
 * as PEM and PKCS12/JKS files into a directory.
 *
 * <p>Every TLS failure a user can meet has its certificate here, so that tests run real handshakes
 * instead of mocking them: {@link ServerIdentity#EXPIRED}, {@link ServerIdentity#WRONG_HOST} (valid
 * only for {@code wrong.example}) and {@link ServerIdentity#UNTRUSTED} (signed by another CA). Server
 * certificates name {@code 127.0.0.1} (IP SAN) and {@code localhost} (DNS SAN). The client key is
 * written as PKCS#8, encrypted PKCS#8 and PKCS#1, the last to test the message for a key format the JDK
 * cannot read. Key stores and the encrypted key use {@link #PASSWORD}. Generating takes about a second
 * (five RSA keys); share one instance per test class.
 *
 * @since 0.1.0
 */
public final class TestCertificates {

    /** The password of the encrypted key and of every key store. */
    public static final String PASSWORD = "contractgen-test";

    /** Which certificate a test server presents. */
    public enum ServerIdentity {
        /** Valid, for 127.0.0.1 and localhost, signed by the CA. */
        GOOD,
        /** Signed by the CA, for the right names, expired yesterday. */
        EXPIRED,
        /** Signed by the CA, valid, but only for {@code wrong.example}. */
        WRONG_HOST,
        /** Valid and for the right names, but signed by another CA that clients do not trust. */
        UNTRUSTED
    }

    private final Path directory;
    private final Issued ca;
    private final Map<ServerIdentity, Issued> servers = new EnumMap<>(ServerIdentity.class);
    private final Issued client;

    private TestCertificates(Path directory) {
        this.directory = directory;
        this.ca = CertificateIssuer.certificateAuthority("contractgen test CA");
        Issued otherCa = CertificateIssuer.certificateAuthority("contractgen untrusted CA");
        // One key pair for the three CA-signed server certificates: only the certificate differs.
        KeyPair serverKeys = CertificateIssuer.rsaKeyPair();
        List<String> dns = List.of("localhost");
        List<String> ips = List.of("127.0.0.1");
        servers.put(ServerIdentity.GOOD, CertificateIssuer.leaf(ca, serverKeys,
                new LeafSpec("localhost", dns, ips, false, true)));
        servers.put(ServerIdentity.EXPIRED, CertificateIssuer.leaf(ca, serverKeys,
                new LeafSpec("localhost", dns, ips, true, true)));
        servers.put(ServerIdentity.WRONG_HOST, CertificateIssuer.leaf(ca, serverKeys,
                new LeafSpec("wrong.example", List.of("wrong.example"), List.of(), false, true)));
        servers.put(ServerIdentity.UNTRUSTED, CertificateIssuer.leaf(otherCa, CertificateIssuer.rsaKeyPair(),
                new LeafSpec("localhost", dns, ips, false, true)));
        this.client = CertificateIssuer.leaf(ca, CertificateIssuer.rsaKeyPair(),
                new LeafSpec("contractgen test client", List.of(), List.of(), false, false));
        write(otherCa, client);
    }

    /** Makes the PKI and writes its files into {@code directory} (created when missing). */
    public static TestCertificates generate(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        return new TestCertificates(directory);
    }

    private void write(Issued otherCa, Issued client) {
        PemFiles.certificates(caBundle(), ca.certificate());
        PemFiles.certificates(otherCaBundle(), otherCa.certificate());
        for (ServerIdentity identity : ServerIdentity.values()) {
            Issued server = servers.get(identity);
            PemFiles.certificates(serverCertificate(identity), server.certificate());
            PemFiles.pkcs8(serverKey(identity), server.privateKey());
        }
        PemFiles.certificates(clientCertificateChain(), client.certificate(), ca.certificate());
        PemFiles.pkcs8(clientKey(), client.privateKey());
        PemFiles.encryptedPkcs8(clientKeyEncrypted(), client.privateKey(), PASSWORD.toCharArray());
        PemFiles.pkcs1(clientKeyPkcs1(), client.privateKey());
        PemFiles.sec1(ecKeySec1(), CertificateIssuer.ecKeyPair().getPrivate());
        PemFiles.certificates(combinedCaBundle(), otherCa.certificate(), ca.certificate());
        KeyStores.store(clientKeyStore(), KeyStores.identity("PKCS12", "client", client.privateKey(),
                client.certificate(), ca.certificate()));
        KeyStores.store(trustStore(), KeyStores.trust("PKCS12", ca.certificate()));
        KeyStores.store(trustStoreJks(), KeyStores.trust("JKS", ca.certificate()));
    }

    /** The directory holding the files. */
    public Path directory() {
        return directory;
    }

    /** {@code ca.pem}: the CA that signs the server and client certificates. */
    public Path caBundle() {
        return directory.resolve("ca.pem");
    }

    /** {@code other-ca.pem}: the CA that signed {@link ServerIdentity#UNTRUSTED}. */
    public Path otherCaBundle() {
        return directory.resolve("other-ca.pem");
    }

    /** {@code server-<identity>.pem}: the server certificate alone. */
    public Path serverCertificate(ServerIdentity identity) {
        return directory.resolve("server-" + slug(identity) + ".pem");
    }

    /** {@code server-<identity>-key.pem}: its PKCS#8 key. */
    public Path serverKey(ServerIdentity identity) {
        return directory.resolve("server-" + slug(identity) + "-key.pem");
    }

    /** The client certificate of this PKI, to compare with what a server saw. */
    public X509Certificate clientCertificate() {
        return client.certificate();
    }

    /** {@code client.pem}: the client certificate followed by the CA certificate. */
    public Path clientCertificateChain() {
        return directory.resolve("client.pem");
    }

    /** {@code client-key.pem}: the client key as unencrypted PKCS#8. */
    public Path clientKey() {
        return directory.resolve("client-key.pem");
    }

    /** {@code client-key-encrypted.pem}: the client key as PKCS#8 encrypted with {@link #PASSWORD}. */
    public Path clientKeyEncrypted() {
        return directory.resolve("client-key-encrypted.pem");
    }

    /** {@code client-key-pkcs1.pem}: the client key as PKCS#1 ({@code BEGIN RSA PRIVATE KEY}). */
    public Path clientKeyPkcs1() {
        return directory.resolve("client-key-pkcs1.pem");
    }

    /** {@code ec-key-sec1.pem}: an EC key as SEC1 ({@code BEGIN EC PRIVATE KEY}), which the JDK cannot read. */
    public Path ecKeySec1() {
        return directory.resolve("ec-key-sec1.pem");
    }

    /** {@code ca-bundle.pem}: the other CA, then this PKI's CA: a bundle of more than one CA. */
    public Path combinedCaBundle() {
        return directory.resolve("ca-bundle.pem");
    }

    /**
     * Rotates the client's files: {@code next}'s client chain, client key and CA bundle replace this
     * PKI's {@link #clientCertificateChain()}, {@link #clientKey()} and {@link #caBundle()}, each
     * written beside its target and moved into place atomically, as certificate tools do.
     */
    public void rotateClientFilesTo(TestCertificates next) {
        Objects.requireNonNull(next, "next");
        PemFiles.replace(next.clientKey(), clientKey());
        PemFiles.replace(next.clientCertificateChain(), clientCertificateChain());
        PemFiles.replace(next.caBundle(), caBundle());
    }

    /** {@code client.p12}: the client key and chain, alias {@code client}, password {@link #PASSWORD}. */
    public Path clientKeyStore() {
        return directory.resolve("client.p12");
    }

    /** {@code truststore.p12}: the CA as a trusted entry, password {@link #PASSWORD}. */
    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    /** {@code truststore.jks}: the same as {@link #trustStore()} in the JKS format. */
    public Path trustStoreJks() {
        return directory.resolve("truststore.jks");
    }

    /** {@link #PASSWORD} as a new char array. */
    public char[] password() {
        return PASSWORD.toCharArray();
    }

    /**
     * An SSL context for a test server presenting {@code identity} and trusting the CA, so that it
     * accepts the client certificate when it asks for one.
     */
    public SSLContext serverSslContext(ServerIdentity identity) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {serverKeyManager(identity)}, new TrustManager[] {clientTrustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the server SSL context for " + identity, e);
        }
    }

    /** The key manager of a server presenting {@code identity}. */
    X509ExtendedKeyManager serverKeyManager(ServerIdentity identity) {
        Issued server = servers.get(Objects.requireNonNull(identity, "identity"));
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStores.identity("PKCS12", "server", server.privateKey(), server.certificate()), password());
            return (X509ExtendedKeyManager) keys.getKeyManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the server key manager for " + identity, e);
        }
    }

    /** A trust manager that trusts client certificates signed by this PKI's CA, as a server does. */
    X509ExtendedTrustManager clientTrustManager() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(KeyStores.trust("PKCS12", ca.certificate()));
            return (X509ExtendedTrustManager) trust.getTrustManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the client trust manager", e);
        }
    }

    private static String slug(ServerIdentity identity) {
        return identity.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Builds and writes key stores. */
    static final class KeyStores {

        private KeyStores() {}

        static KeyStore identity(String type, String alias, java.security.PrivateKey key, Certificate... chain) {
            KeyStore store = empty(type);
            try {
                store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot store key", e);
            }
            return store;
        }

        static KeyStore trust(String type, Certificate ca) {
            KeyStore store = empty(type);
            try {
                store.setCertificateEntry("ca", ca);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot store certificate", e);
            }
            return store;
        }

        static void store(Path file, KeyStore store) {
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
        }

        private static KeyStore empty(String type) {
            try {
                KeyStore store = KeyStore.getInstance(type);
                store.load(null, null);
                return store;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a " + type + " key store", e);
            }
        }
    }
}
