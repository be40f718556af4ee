package io.github.contractgen.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObject;

/** Writes certificates and keys as PEM: PKCS#8, encrypted PKCS#8, PKCS#1 and SEC1. */
final class PemFiles {

    /** Used only for encrypting, and not registered: the JDK's providers stay as they are. */
    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PemFiles() {}

    static Path certificates(Path file, X509Certificate... chain) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : chain) {
                writer.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(file, out.toString());
    }

    /** {@code -----BEGIN PRIVATE KEY-----}: what the JDK reads. */
    static Path pkcs8(Path file, PrivateKey key) {
        return writePem(file, key, null);
    }

    /** {@code -----BEGIN ENCRYPTED PRIVATE KEY-----}: PBES2 with AES-256-CBC. */
    static Path encryptedPkcs8(Path file, PrivateKey key, char[] password) {
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setProvider(BOUNCY_CASTLE).setPassword(password).build();
            return writePem(file, key, encryptor);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot encrypt key for " + file, e);
        }
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----}: OpenSSL's traditional format, which the JDK cannot read. */
    static Path pkcs1(Path file, PrivateKey key) {
        try {
            byte[] pkcs1 = PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive()
                    .getEncoded();
            return write(file, pem(new PemObject("RSA PRIVATE KEY", pkcs1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code -----BEGIN EC PRIVATE KEY-----}: SEC1, OpenSSL's traditional EC format. */
    static Path sec1(Path file, PrivateKey key) {
        try {
            byte[] sec1 = PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive()
                    .getEncoded();
            return write(file, pem(new PemObject("EC PRIVATE KEY", sec1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code source} to a temporary file beside {@code target}, then moves it over {@code target}. */
    static void replace(Path source, Path target) {
        Path temporary = target.resolveSibling(target.getFileName() + ".new");
        try {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target, e);
        }
    }

    private static Path writePem(Path file, PrivateKey key, OutputEncryptor encryptor) {
        try {
            return write(file, pem(new JcaPKCS8Generator(key, encryptor).generate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(PemObject object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
