package io.github.contractgen.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/**
 * Checks that a private key belongs to a certificate, by signing with the one and verifying with the
 * other.
 *
 * <p>A key that does not match its certificate otherwise fails only in the handshake, as a vague
 * "bad certificate" on the server's side. The check also keeps a certificate rotation caught half-way
 * (new certificate, old key) from being taken into use.
 */
final class KeyPairCheck {

    private static final byte[] CHALLENGE = "contractgen key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {}

    static void requireMatch(PrivateKey key, Path keyFile, X509Certificate certificate, Path chainFile) {
        String keyAlgorithm = key.getAlgorithm();
        String certificateAlgorithm = certificate.getPublicKey().getAlgorithm();
        if (!keyAlgorithm.equals(certificateAlgorithm)) {
            throw mismatch(keyFile, chainFile, " (" + keyAlgorithm + " key, " + certificateAlgorithm + " certificate)");
        }
        String signatureAlgorithm = signatureAlgorithm(keyAlgorithm);
        if (signatureAlgorithm == null) {
            return; // RSASSA-PSS, DSA, XDH: rare enough not to need the early check.
        }
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm);
            signer.initSign(key);
            signer.update(CHALLENGE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(CHALLENGE);
            if (!verifier.verify(signature)) {
                throw mismatch(keyFile, chainFile, "");
            }
        } catch (GeneralSecurityException e) {
            throw new ContractgenException("cannot check that private key " + keyFile + " belongs to the first "
                    + "certificate of " + chainFile + ": " + e.getMessage(), e);
        }
    }

    private static String signatureAlgorithm(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> keyAlgorithm;
            default -> null;
        };
    }

    private static ContractgenException mismatch(Path keyFile, Path chainFile, String detail) {
        return new ContractgenException("private key " + keyFile + " does not belong to the first certificate of "
                + chainFile + detail + ": give the key that was issued with that certificate");
    }
}
