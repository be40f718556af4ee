package io.github.contractgen.runtime.config;

import java.util.Objects;

/**
 * The TLS keys of a generated {@code <Service>Config}: PEM files of the CA bundle, the client certificate
 * chain and its PKCS#8 private key, and the key's password (a secret).
 *
 * @since 0.1.0
 */
public record TlsKeys(ConfigKey caBundle, ConfigKey certificateChain, ConfigKey privateKey, ConfigKey privateKeyPassword) {

    public TlsKeys {
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(privateKeyPassword, "privateKeyPassword");
    }
}
