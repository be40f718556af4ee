package io.github.contractgen.runtime.config;

import java.util.List;
import java.util.Objects;

/**
 * The TLS keys of a generated {@code <Service>Config}: either PEM files (the CA bundle, the client
 * certificate chain and its PKCS#8 private key, the key's password) or key stores (a PKCS12 or JKS key
 * store with the client identity, a trust store, and their passwords). Passwords are secrets.
 *
 * <p>The two ways exclude each other: a setting from each is an error naming both keys, since which one
 * should win would be a guess.
 *
 * @since 0.1.0
 */
public record TlsKeys(ConfigKey caBundle, ConfigKey certificateChain, ConfigKey privateKey, ConfigKey privateKeyPassword,
        ConfigKey keyStore, ConfigKey keyStorePassword, ConfigKey trustStore, ConfigKey trustStorePassword) {

    public TlsKeys {
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(privateKeyPassword, "privateKeyPassword");
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
    }

    /** The PEM keys, in the order an error names them. */
    public List<ConfigKey> pem() {
        return List.of(caBundle, certificateChain, privateKey, privateKeyPassword);
    }

    /** The key store keys, in the order an error names them. */
    public List<ConfigKey> stores() {
        return List.of(keyStore, keyStorePassword, trustStore, trustStorePassword);
    }
}
