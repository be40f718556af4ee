package io.github.contractgen.runtime.mqtt;

import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Server key stores for the embedded broker, which reads its TLS identity from a key store file. */
final class TlsFiles {

    static final String PASSWORD = TestCertificates.PASSWORD;

    private TlsFiles() {}

    /** A PKCS#12 key store (password {@link #PASSWORD}) with {@code identity}'s key and certificate. */
    static Path serverKeyStore(TestCertificates certificates, ServerIdentity identity, Path file) throws Exception {
        Certificate certificate;
        try (var in = Files.newInputStream(certificates.serverCertificate(identity))) {
            certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        String pem = Files.readString(certificates.serverKey(identity), StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                .generatePrivate(new PKCS8EncodedKeySpec(der));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD.toCharArray(), new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
