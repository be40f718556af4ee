package io.github.contractgen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads PEM certificates and private keys with the JDK alone, so that the runtime needs no
 * BouncyCastle.
 *
 * <p>The JDK reads only PKCS#8 keys. PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) and SEC1
 * ({@code BEGIN EC PRIVATE KEY}) keys are what OpenSSL writes by default, so they are common: they
 * fail with a message that names the file and gives the one-line conversion.
 */
final class PemReader {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS", "DSA", "XDH");

    private PemReader() {}

    /** Every certificate in {@code file}; fails when there is none. */
    static List<X509Certificate> certificates(Path file, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> certificates.add((X509Certificate) c));
            if (certificates.isEmpty()) {
                throw new ContractgenException("no certificate in " + what + " " + file);
            }
            return certificates;
        } catch (IOException e) {
            throw new ContractgenException("cannot read " + what + " " + file + ": " + e, e);
        } catch (GeneralSecurityException e) {
            throw new ContractgenException(what + " " + file + " is not a PEM certificate file: " + e.getMessage(), e);
        }
    }

    /** The private key in {@code file}: PKCS#8, or encrypted PKCS#8 when {@code password} is given. */
    static PrivateKey privateKey(Path file, char[] password) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new ContractgenException("cannot read private key " + file + ": " + e, e);
        }
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("PRIVATE KEY")) {
                return pkcs8(file, decode(file, block.group(2)));
            }
            if (type.equals("ENCRYPTED PRIVATE KEY")) {
                return pkcs8(file, decrypt(file, decode(file, block.group(2)), password));
            }
            if (type.endsWith(" PRIVATE KEY")) {
                throw unsupported(file, type);
            }
        }
        throw new ContractgenException("no private key in " + file
                + ": expected a PEM block '-----BEGIN PRIVATE KEY-----' (PKCS#8)");
    }

    private static ContractgenException unsupported(Path file, String type) {
        String format = type.startsWith("RSA") ? "a PKCS#1 RSA key" : type.startsWith("EC") ? "a SEC1 EC key"
                : "a traditional OpenSSL " + type.substring(0, type.indexOf(' ')) + " key";
        return new ContractgenException("private key " + file + " is " + format + " ('BEGIN " + type
                + "'), which Java cannot read; convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in "
                + file + " -out " + file + ".pk8 (and use " + file + ".pk8)");
    }

    private static byte[] decode(Path file, String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64.replaceAll("(?m)^[A-Za-z-]+:.*$", "").trim());
        } catch (IllegalArgumentException e) {
            throw new ContractgenException("private key " + file + " is not valid PEM: " + e.getMessage(), e);
        }
    }

    private static byte[] decrypt(Path file, byte[] der, char[] password) {
        if (password == null) {
            throw new ContractgenException("private key " + file + " is encrypted: pass its password "
                    + "with TlsConfig.fromPem(chain, key, keyPassword, caBundle)");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            // For PBES2 the JDK names the real algorithm ("PBEWithHmacSHA256AndAES_256") only
            // through the parameters; getAlgName() says just "PBES2".
            String algorithm = info.getAlgParameters() != null && isPbes2(info.getAlgName())
                    ? info.getAlgParameters().toString() : info.getAlgName();
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password)), info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new ContractgenException("cannot decrypt private key " + file
                    + ": wrong password or unsupported encryption (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean isPbes2(String name) {
        return name.equalsIgnoreCase("PBES2") || name.equals("1.2.840.113549.1.5.13");
    }

    private static PrivateKey pkcs8(Path file, byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException notThisAlgorithm) {
                // Try the next: PKCS#8 names its algorithm by OID, which KeyFactory cannot look up.
            }
        }
        throw new ContractgenException("private key " + file + " is PKCS#8 but not an RSA, EC, EdDSA, "
                + "RSASSA-PSS, DSA or XDH key that Java can read");
    }
}
