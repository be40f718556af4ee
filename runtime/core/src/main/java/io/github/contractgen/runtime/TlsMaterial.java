package io.github.contractgen.runtime;

import java.nio.file.Path;

/** Placeholder: loading of PEM and key stores follows. */
final class TlsMaterial {

    private TlsMaterial() {}

    static TlsConfig fromPem(Path chain, Path key, char[] password, Path caBundle) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    static TlsConfig trustPem(Path caBundle) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    static TlsConfig fromKeyStore(Path keyStore, char[] password, Path trustStore, char[] trustPassword) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    static TlsConfig systemDefault() {
        try {
            return TlsConfig.of(javax.net.ssl.SSLContext.getDefault(), false);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default SSLContext", e);
        }
    }
}
