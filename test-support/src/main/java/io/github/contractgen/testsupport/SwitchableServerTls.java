package io.github.contractgen.testsupport;

import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A server's TLS identity and client trust that a test switches while the server runs, so that one
 * server (or broker, which is slow to start) plays every case: good, expired, wrong host, untrusted,
 * and a server whose certificates were rotated.
 *
 * <p>{@link #use} makes the server present another certificate and trust only the client certificates
 * of another PKI from its next handshake on. The server records every client certificate it checks and
 * the protocol of that handshake: a test that sees the new client certificate there knows that the
 * client made a full handshake with its new material, not a resumed session. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SwitchableServerTls {

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile SSLContext current;
    private final SSLContext sslContext = new SSLContext(new Switching(), null, "TLS") {};

    /** A client certificate the server checked, and the protocol of that handshake (null when unknown). */
    public record Seen(X509Certificate certificate, String protocol) {}

    private SwitchableServerTls(TestCertificates pki, ServerIdentity identity) {
        use(pki, identity);
    }

    /** A server presenting {@code identity} of {@code pki} and trusting client certificates of {@code pki}'s CA. */
    public static SwitchableServerTls of(TestCertificates pki, ServerIdentity identity) {
        return new SwitchableServerTls(pki, identity);
    }

    /**
     * From the next handshake on: present {@code identity} of {@code pki}, trust only {@code pki}'s CA.
     * Each switch makes a new context underneath, with a new session cache and new ticket keys, so that
     * no client resumes a session made before the switch: every handshake after it is a full one.
     */
    public void use(TestCertificates pki, ServerIdentity identity) {
        Objects.requireNonNull(pki, "pki");
        Objects.requireNonNull(identity, "identity");
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {pki.serverKeyManager(identity)},
                    new TrustManager[] {new RecordingTrustManager(pki.clientTrustManager())}, null);
            current = context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the server SSL context for " + identity, e);
        }
    }

    /** The server's context: engines and sockets come from the context of the latest {@link #use}. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** The client certificates checked so far, oldest first. */
    public List<Seen> clientCertificatesSeen() {
        return List.copyOf(seen);
    }

    /** Hands every call to the context of the latest switch. */
    private final class Switching extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {}

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return current.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return current.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return current.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return current.createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return current.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return current.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return current.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return current.getSupportedSSLParameters();
        }
    }

    /** Records each client certificate it is asked about, then lets {@code trust} decide. */
    private final class RecordingTrustManager extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager trust;

        RecordingTrustManager(X509ExtendedTrustManager trust) {
            this.trust = trust;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            record(chain, null);
            trust.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            SSLSession session = engine == null ? null : engine.getHandshakeSession();
            record(chain, session == null ? null : session.getProtocol());
            trust.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            record(chain, null);
            trust.checkClientTrusted(chain, authType);
        }

        private void record(X509Certificate[] chain, String protocol) {
            if (chain != null && chain.length > 0) {
                seen.add(new Seen(chain[0], protocol));
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a test server checks no server certificates");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a test server checks no server certificates");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a test server checks no server certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return trust.getAcceptedIssuers();
        }
    }
}
