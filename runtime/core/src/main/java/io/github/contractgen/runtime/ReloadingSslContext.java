package io.github.contractgen.runtime;

import java.security.SecureRandom;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * An {@link SSLContext} that checks its files for changes before it makes an engine or a socket.
 *
 * <p>The managers check during a handshake, but a resumed TLS session skips the managers: without this
 * check, a client whose files changed could resume a session made with the old material for as long as
 * the server accepts it, and never notice the change. Checking here, before the engine exists, lets a
 * change forget the cached sessions first (java.net.http and Kafka make their engines here).
 */
final class ReloadingSslContext extends SSLContextSpi {

    private final ReloadingMaterial material;
    private final SSLContext delegate;

    private ReloadingSslContext(ReloadingMaterial material, SSLContext delegate) {
        this.material = material;
        this.delegate = delegate;
    }

    static SSLContext wrap(ReloadingMaterial material, SSLContext delegate) {
        return new SSLContext(new ReloadingSslContext(material, delegate), delegate.getProvider(),
                delegate.getProtocol()) {};
    }

    @Override
    protected void engineInit(javax.net.ssl.KeyManager[] keys, javax.net.ssl.TrustManager[] trust,
            SecureRandom random) {
        throw new UnsupportedOperationException("a TlsConfig's SSL context is initialised already");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
        material.current();
        return delegate.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
        material.current();
        return delegate.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
        material.current();
        return delegate.createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
        material.current();
        return delegate.createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
        return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
        return delegate.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
        return delegate.getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
        return delegate.getSupportedSSLParameters();
    }
}
