package io.github.contractgen.testsupport;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes RSA key pairs and X.509 certificates with BouncyCastle: CAs and the leaf certificates they sign.
 *
 * <p>Validity starts an hour in the past so that a clock a little behind does not make a fresh
 * certificate "not yet valid" on a busy CI machine.
 */
final class CertificateIssuer {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() & 0xffffffL);

    /** A key pair and its certificate. */
    record Issued(KeyPair keys, X509Certificate certificate) {
        PrivateKey privateKey() {
            return keys.getPrivate();
        }
    }

    /** Which names a server certificate holds and whether it has expired. */
    record LeafSpec(String commonName, List<String> dnsNames, List<String> ipAddresses, boolean expired,
            boolean server) {}

    private CertificateIssuer() {}

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key pair", e);
        }
    }

    static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an EC key pair", e);
        }
    }

    /** A self-signed CA certificate valid for ten days. */
    static Issued certificateAuthority(String commonName) {
        KeyPair keys = rsaKeyPair();
        X500Name name = new X500Name("CN=" + commonName + ",O=contractgen tests");
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, nextSerial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(10))), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(keys.getPublic()));
            return new Issued(keys, sign(builder, keys.getPrivate()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot make CA certificate " + commonName, e);
        }
    }

    /** A server or client certificate signed by {@code ca}, for {@code keys}. */
    static Issued leaf(Issued ca, KeyPair keys, LeafSpec spec) {
        Instant now = Instant.now();
        Instant notBefore = spec.expired() ? now.minus(Duration.ofDays(10)) : now.minus(Duration.ofHours(1));
        Instant notAfter = spec.expired() ? now.minus(Duration.ofDays(1)) : now.plus(Duration.ofDays(9));
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), nextSerial(),
                    Date.from(notBefore), Date.from(notAfter),
                    new X500Name("CN=" + spec.commonName() + ",O=contractgen tests"), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            spec.server() ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(ca.certificate()));
            GeneralNames names = subjectAlternativeNames(spec);
            if (names != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, names);
            }
            return new Issued(keys, sign(builder, ca.privateKey()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot make certificate " + spec.commonName(), e);
        }
    }

    private static GeneralNames subjectAlternativeNames(LeafSpec spec) throws java.io.IOException {
        List<GeneralName> names = new ArrayList<>();
        for (String dns : spec.dnsNames()) {
            names.add(new GeneralName(GeneralName.dNSName, dns));
        }
        for (String ip : spec.ipAddresses()) {
            byte[] address = InetAddress.getByName(ip).getAddress();
            names.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(address)));
        }
        return names.isEmpty() ? null : new GeneralNames(names.toArray(new GeneralName[0]));
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign certificate", e);
        }
    }

    private static BigInteger nextSerial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }
}
