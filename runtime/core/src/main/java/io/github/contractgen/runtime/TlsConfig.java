package io.github.contractgen.runtime;

import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * How a client proves who it is (an optional client certificate) and whom it trusts, for HTTPS, gRPC
 * and message brokers alike.
 *
 * <p>Secure by construction: TLS 1.2 and 1.3 only, hostname verification always on, and no way to
 * trust every certificate. Keys are read as PEM (PKCS#8, encrypted PKCS#8) or from PKCS12/JKS key
 * stores; a PKCS#1 or SEC1 key fails with a message that says how to convert it. The factories throw
 * {@link ContractgenException} naming the file at fault. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TlsConfig {

    private final SSLContext sslContext;
    private final boolean clientCertificate;

    private TlsConfig(SSLContext sslContext, boolean clientCertificate) {
        this.sslContext = sslContext;
        this.clientCertificate = clientCertificate;
    }

    /** mTLS: the client certificate chain and its PKCS#8 key, and the CA bundle to trust (null: the JDK's). */
    public static TlsConfig fromPem(Path certificateChain, Path privateKey, Path caBundle) {
        return fromPem(certificateChain, privateKey, null, caBundle);
    }

    /** mTLS with an encrypted PKCS#8 key ({@code keyPassword} null when it is not encrypted). */
    public static TlsConfig fromPem(Path certificateChain, Path privateKey, char[] keyPassword, Path caBundle) {
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(privateKey, "privateKey");
        return TlsMaterial.fromPem(certificateChain, privateKey, keyPassword, caBundle);
    }

    /** Trust only the CAs in {@code caBundle}; no client certificate. */
    public static TlsConfig trustPem(Path caBundle) {
        Objects.requireNonNull(caBundle, "caBundle");
        return TlsMaterial.trustPem(caBundle);
    }

    /**
     * A client identity from a key store and trust from a trust store, each PKCS12 or JKS (told apart by
     * content). {@code keyStore} may be null for trust only; {@code trustStore} null trusts the JDK's CAs.
     */
    public static TlsConfig fromKeyStore(Path keyStore, char[] password, Path trustStore, char[] trustPassword) {
        return TlsMaterial.fromKeyStore(keyStore, password, trustStore, trustPassword);
    }

    /** The JDK's trusted CAs, no client certificate. */
    public static TlsConfig systemDefault() {
        return TlsMaterial.systemDefault();
    }

    static TlsConfig of(SSLContext sslContext, boolean clientCertificate) {
        return new TlsConfig(sslContext, clientCertificate);
    }

    /** The SSL context with this configuration's key and trust managers. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** TLSv1.3 and TLSv1.2 only, endpoint identification {@code HTTPS}; a new copy each call. */
    public SSLParameters sslParameters() {
        SSLParameters parameters = sslContext.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /** Whether a client certificate is configured (mTLS). */
    public boolean hasClientCertificate() {
        return clientCertificate;
    }
}
