package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Server credentials and client TLS configurations from one test PKI. */
final class Pki {

    final TestCertificates certificates;

    Pki(java.nio.file.Path directory) {
        this.certificates = TestCertificates.generate(directory);
    }

    /** A server presenting {@code identity} that demands a client certificate signed by the CA. */
    ServerCredentials mtlsServer(ServerIdentity identity) {
        return server(identity, TlsServerCredentials.ClientAuth.REQUIRE);
    }

    /** A server presenting {@code identity} that asks for no client certificate. */
    ServerCredentials tlsServer(ServerIdentity identity) {
        return server(identity, TlsServerCredentials.ClientAuth.NONE);
    }

    /** The client certificate and trust in the CA. */
    TlsConfig clientWithCertificate() {
        return TlsConfig.fromPem(certificates.clientCertificateChain(), certificates.clientKey(), certificates.caBundle());
    }

    /** Trust in the CA, no client certificate. */
    TlsConfig clientWithoutCertificate() {
        return TlsConfig.trustPem(certificates.caBundle());
    }

    private ServerCredentials server(ServerIdentity identity, TlsServerCredentials.ClientAuth clientAuth) {
        try {
            return TlsServerCredentials.newBuilder()
                    .keyManager(certificates.serverCertificate(identity).toFile(), certificates.serverKey(identity).toFile())
                    .trustManager(certificates.caBundle().toFile())
                    .clientAuth(clientAuth)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
