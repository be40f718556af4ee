package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS handshakes against a server on 127.0.0.1, good and bad, with certificates made here. */
class TlsTest {

    @TempDir
    static Path dir;

    static TestCertificates certs;

    @BeforeAll
    static void pki() {
        certs = TestCertificates.generate(dir);
    }

    private static TestHttpsServer server(ServerIdentity identity, boolean needClientAuth) {
        TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(identity), needClientAuth);
        server.handle("/", request -> TestResponse.text(200, "hello " + request.clientCertificateSubject()));
        return server;
    }

    private static String get(TestHttpsServer server, TlsConfig tls) {
        try (RestClientCore core = Calls.core(server.baseUri(), o -> o.tls(tls).retryPolicy(RetryPolicy.none()))) {
            return core.call(Calls.getText("/hello"));
        }
    }

    @Test
    void trustsAServerSignedByTheConfiguredCa() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, false)) {
            assertThat(get(server, TlsConfig.trustPem(certs.caBundle()))).isEqualTo("hello null");
        }
    }

    @Test
    void verifiesTheDnsNameToo() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, false);
                RestClientCore core = Calls.core(server.baseUri("localhost"),
                        o -> o.tls(TlsConfig.trustPem(certs.caBundle())))) {
            assertThat(core.call(Calls.getText("/x"))).isEqualTo("hello null");
        }
    }

    @Test
    void sendsTheClientCertificateForMutualTls() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, true)) {
            TlsConfig tls = TlsConfig.fromPem(certs.clientCertificateChain(), certs.clientKey(), certs.caBundle());
            assertThat(tls.hasClientCertificate()).isTrue();
            assertThat(get(server, tls)).contains("CN=contractgen test client");
        }
    }

    @Test
    void readsAnEncryptedPkcs8KeyWithItsPassword() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, true)) {
            TlsConfig tls = TlsConfig.fromPem(certs.clientCertificateChain(), certs.clientKeyEncrypted(),
                    certs.password(), certs.caBundle());
            assertThat(get(server, tls)).contains("CN=contractgen test client");
        }
    }

    @Test
    void anEncryptedKeyWithoutPasswordSaysThatItNeedsOne() {
        assertThatThrownBy(() -> TlsConfig.fromPem(certs.clientCertificateChain(), certs.clientKeyEncrypted(),
                certs.caBundle()))
                .isInstanceOf(ContractgenException.class)
                .hasMessageContaining(certs.clientKeyEncrypted().toString())
                .hasMessageContaining("encrypted");
    }

    @Test
    void readsPkcs12AndJksKeyStores() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, true)) {
            TlsConfig pkcs12 = TlsConfig.fromKeyStore(certs.clientKeyStore(), certs.password(), certs.trustStore(),
                    certs.password());
            assertThat(get(server, pkcs12)).contains("CN=contractgen test client");
            TlsConfig jksTrust = TlsConfig.fromKeyStore(certs.clientKeyStore(), certs.password(),
                    certs.trustStoreJks(), certs.password());
            assertThat(get(server, jksTrust)).contains("CN=contractgen test client");
        }
    }

    @Test
    void anExpiredServerCertificateIsNamedAsSuch() {
        try (TestHttpsServer server = server(ServerIdentity.EXPIRED, false)) {
            assertThatThrownBy(() -> get(server, TlsConfig.trustPem(certs.caBundle())))
                    .isInstanceOf(TransportException.class)
                    .hasMessageStartingWith("getText: TLS handshake failed: expired certificate: the server's certificate "
                            + "has expired")
                    .hasRootCauseInstanceOf(java.security.cert.CertificateExpiredException.class);
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aCertificateForAnotherHostIsAHostnameMismatch() {
        try (TestHttpsServer server = server(ServerIdentity.WRONG_HOST, false)) {
            assertThatThrownBy(() -> get(server, TlsConfig.trustPem(certs.caBundle())))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("hostname mismatch")
                    .hasMessageContaining("'127.0.0.1'")
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aCertificateFromAnotherCaIsUntrusted() {
        try (TestHttpsServer server = server(ServerIdentity.UNTRUSTED, false)) {
            assertThatThrownBy(() -> get(server, TlsConfig.trustPem(certs.caBundle())))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("untrusted certificate")
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void theJdkDefaultTrustDoesNotTrustTheTestCa() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, false)) {
            assertThatThrownBy(() -> get(server, TlsConfig.systemDefault()))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("untrusted certificate");
        }
    }

    @Test
    void aMissingClientCertificateIsNamedAsRequired() {
        try (TestHttpsServer server = server(ServerIdentity.GOOD, true)) {
            assertThatThrownBy(() -> get(server, TlsConfig.trustPem(certs.caBundle())))
                    .isInstanceOfSatisfying(TlsHandshakeException.class, e -> assertThat(e.reason())
                            .isEqualTo(TlsHandshakeException.Reason.CLIENT_CERTIFICATE_REQUIRED))
                    .hasMessageContaining("TLS handshake failed: client certificate required")
                    .hasMessageContaining("TlsConfig.fromPem")
                    // Under load the server's close arrives either as an end of stream or as a reset.
                    .rootCause().isInstanceOfAny(java.io.EOFException.class, java.net.SocketException.class);
        }
    }

    @Test
    void underTls12AMissingClientCertificateFailsTheHandshakeWithAClearMessage() {
        try (TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(ServerIdentity.GOOD), true,
                "TLSv1.2")) {
            assertThatThrownBy(() -> get(server, TlsConfig.trustPem(certs.caBundle())))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("TLS handshake failed")
                    .hasMessageContaining("the server may require a client certificate")
                    .hasMessageContaining("TlsConfig.fromPem");
        }
    }

    @Test
    void aCaBundleWithSeveralCasTrustsEachOfThem() {
        TlsConfig tls = TlsConfig.trustPem(certs.combinedCaBundle());
        try (TestHttpsServer good = server(ServerIdentity.GOOD, false);
                TestHttpsServer other = server(ServerIdentity.UNTRUSTED, false)) {
            assertThat(get(good, tls)).isEqualTo("hello null");
            assertThat(get(other, tls)).isEqualTo("hello null");
        }
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsNamed() {
        Path otherKey = certs.serverKey(ServerIdentity.GOOD);
        assertThatThrownBy(() -> TlsConfig.fromPem(certs.clientCertificateChain(), otherKey, certs.caBundle()))
                .isInstanceOf(ContractgenException.class)
                .hasMessageContaining("private key " + otherKey + " does not belong to the first certificate of "
                        + certs.clientCertificateChain());
    }

    @Test
    void aSec1KeyFailsWithTheOpensslCommandThatConvertsIt() {
        Path key = certs.ecKeySec1();
        assertThatThrownBy(() -> TlsConfig.fromPem(certs.clientCertificateChain(), key, certs.caBundle()))
                .isInstanceOf(ContractgenException.class)
                .hasMessageContaining("a SEC1 EC key ('BEGIN EC PRIVATE KEY')")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt -in " + key + " -out " + key + ".pk8");
    }

    @Test
    void aPkcs1KeyFailsWithTheOpensslCommandThatConvertsIt() {
        Path key = certs.clientKeyPkcs1();
        assertThatThrownBy(() -> TlsConfig.fromPem(certs.clientCertificateChain(), key, certs.caBundle()))
                .isInstanceOf(ContractgenException.class)
                .hasMessageContaining("PKCS#1")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt -in " + key + " -out " + key + ".pk8");
    }

    @Test
    void onlyTls12And13AndHostnameVerificationAreEnabled() {
        TlsConfig tls = TlsConfig.trustPem(certs.caBundle());
        assertThat(tls.sslParameters().getProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
        assertThat(tls.sslParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(tls.hasClientCertificate()).isFalse();
    }
}
