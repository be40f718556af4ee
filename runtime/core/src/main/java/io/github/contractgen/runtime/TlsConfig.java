package io.github.contractgen.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;

/**
 * How a client proves who it is (an optional client certificate) and whom it trusts, for HTTPS, gRPC
 * and message brokers alike.
 *
 * <p>Secure by construction: TLS 1.2 and 1.3 only, hostname verification always on, and no way to
 * trust every certificate. Keys are read as PEM (PKCS#8, encrypted PKCS#8) or from PKCS12/JKS key
 * stores; a PKCS#1 or SEC1 key fails with a message that says how to convert it. The factories throw
 * {@link ContractgenException} naming the file at fault. Immutable and thread-safe.
 *
 * <p>Certificates are reloaded when their files change, without rebuilding the client: the key and
 * trust managers (and so {@link #sslContext()}) delegate to the material currently in force, and during
 * a handshake (and when {@link #sslContext()} makes an engine), at most once per {@link #reloadInterval()} (10 seconds unless set with
 * {@link #withReloadInterval}), the files are hashed and, when they changed and load completely, read
 * again. New connections then use the new certificates; connections already open (HTTP/2 and gRPC keep
 * theirs) keep the old ones until they close. The sessions cached in {@link #sslContext()} (java.net.http,
 * Kafka) are forgotten on a change, so that no new connection resumes a session made with the old
 * material; gRPC and MQTT make their own contexts from the managers, whose session caches a change cannot
 * reach: there a new connection may resume an older session for as long as the server accepts it. Files
 * that changed but do not load (a rotation caught half-way) leave the old material in use and are tried again at the next check.
 *
 * @since 0.1.0
 */
public final class TlsConfig {

    private final ReloadingMaterial material;
    private final SSLContext sslContext;
    private final List<KeyManager> keyManagers;
    private final List<TrustManager> trustManagers;
    private final boolean clientCertificate;

    private TlsConfig(ReloadingMaterial material, boolean clientCertificate) {
        this.material = material;
        KeyManager[] keys = material.peek().keys() == null ? null
                : new KeyManager[] {new ReloadingManagers.KeyManager(material)};
        TrustManager[] trust = {new ReloadingManagers.TrustManager(material)};
        this.sslContext = ReloadingSslContext.wrap(material, TlsMaterial.context(keys, trust));
        this.keyManagers = keys == null ? List.of() : List.of(keys);
        this.trustManagers = List.of(trust);
        this.clientCertificate = clientCertificate;
        material.onChange(this::forgetSessions);
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

    static TlsConfig of(ReloadingMaterial material, boolean clientCertificate) {
        return new TlsConfig(material, clientCertificate);
    }

    /**
     * This configuration with its files checked for changes at most once per {@code interval}
     * ({@link Duration#ZERO}: at every handshake). The files are read again now.
     */
    public TlsConfig withReloadInterval(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, was " + interval);
        }
        return new TlsConfig(material.withInterval(interval), clientCertificate);
    }

    /** How often, at most, the certificate and key files are checked for changes during handshakes. */
    public Duration reloadInterval() {
        return material.interval();
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

    /**
     * The key managers of {@link #sslContext()} (empty without a client certificate), for clients that
     * take managers rather than a context, such as the HiveMQ MQTT client.
     */
    public List<KeyManager> keyManagers() {
        return keyManagers;
    }

    /** The trust managers of {@link #sslContext()}, for clients that take managers rather than a context. */
    public List<TrustManager> trustManagers() {
        return trustManagers;
    }

    /** Forgets cached sessions, which would let a new connection skip checking the new material. */
    private void forgetSessions() {
        for (SSLSessionContext sessions : List.of(sslContext.getClientSessionContext(),
                sslContext.getServerSessionContext())) {
            for (byte[] id : Collections.list(sessions.getIds())) {
                SSLSession session = sessions.getSession(id);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }

    /** Whether a client certificate is configured (mTLS). */
    public boolean hasClientCertificate() {
        return clientCertificate;
    }
}
