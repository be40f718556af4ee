package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.grpc.CallOptions;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ServerCredentials;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS and mTLS handshakes with test-made certificates, and plaintext only when asked for. */
class GrpcChannelsTlsTest {

    @TempDir
    static Path dir;

    static Pki pki;

    @BeforeAll
    static void makeCertificates() {
        pki = new Pki(dir);
    }

    @Test
    void mtlsWithAClientCertificateFromPem() throws Exception {
        assertThat(call(pki.mtlsServer(ServerIdentity.GOOD), b -> b.tls(pki.clientWithCertificate()), false))
                .isEqualTo("echo:hello");
    }

    @Test
    void mtlsWithAClientCertificateFromAKeyStoreAndTheDnsName() throws Exception {
        TlsConfig keyStore = TlsConfig.fromKeyStore(pki.certificates.clientKeyStore(), pki.certificates.password(),
                pki.certificates.trustStore(), pki.certificates.password());

        assertThat(call(pki.mtlsServer(ServerIdentity.GOOD), b -> b.tls(keyStore), true)).isEqualTo("echo:hello");
    }

    @Test
    void anMtlsServerRefusesAClientWithoutCertificate() {
        assertRefused(pki.mtlsServer(ServerIdentity.GOOD), b -> b.tls(pki.clientWithoutCertificate()));
    }

    @Test
    void tlsWithoutClientCertificate() throws Exception {
        assertThat(call(pki.tlsServer(ServerIdentity.GOOD), b -> b.tls(pki.clientWithoutCertificate()), false))
                .isEqualTo("echo:hello");
    }

    @Test
    void aServerSignedByAnotherCaIsRefused() {
        assertRefused(pki.tlsServer(ServerIdentity.UNTRUSTED), b -> b.tls(pki.clientWithoutCertificate()));
    }

    @Test
    void aServerCertificateForAnotherHostIsRefused() {
        assertRefused(pki.tlsServer(ServerIdentity.WRONG_HOST), b -> b.tls(pki.clientWithoutCertificate()));
    }

    @Test
    void anExpiredServerCertificateIsRefused() {
        assertRefused(pki.tlsServer(ServerIdentity.EXPIRED), b -> b.tls(pki.clientWithoutCertificate()));
    }

    @Test
    void plaintextWhenAskedForByName() throws Exception {
        assertThat(call(InsecureServerCredentials.create(), GrpcChannels.Builder::plaintext, false))
                .isEqualTo("echo:hello");
    }

    @Test
    void tlsIsTheDefaultSoAPlaintextServerIsNotReached() {
        assertRefused(InsecureServerCredentials.create(), b -> b);
    }

    @Test
    void keepAliveSettingsAreAccepted() throws Exception {
        assertThat(call(pki.mtlsServer(ServerIdentity.GOOD), b -> b.tls(pki.clientWithCertificate())
                .keepAlive(Duration.ofSeconds(30), Duration.ofSeconds(10)).keepAliveWithoutCalls(false)
                .userAgent("contractgen-test"), false)).isEqualTo("echo:hello");
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> GrpcChannels.forTarget(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrpcChannels.forTarget("x:1").defaultDeadline(Duration.ZERO))
                .hasMessage("defaultDeadline must be positive, was PT0S");
        assertThatThrownBy(() -> GrpcChannels.forTarget("x:1").keepAlive(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .hasMessage("timeout must be positive, was PT-1S");
    }

    private static String call(ServerCredentials credentials, UnaryOperator<GrpcChannels.Builder> client,
            boolean viaLocalhost) throws Exception {
        try (EchoServer server = new EchoServer(credentials)) {
            ManagedChannel channel = client.apply(
                    GrpcChannels.forTarget(viaLocalhost ? server.localhostTarget() : server.target())).build();
            try {
                return GrpcCalls.unary(channel, Echo.UNARY, deadline(), "hello");
            } finally {
                channel.shutdownNow().awaitTermination(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void assertRefused(ServerCredentials credentials, UnaryOperator<GrpcChannels.Builder> client) {
        assertThatThrownBy(() -> call(credentials, client, false))
                .isInstanceOfSatisfying(GrpcStatusException.class,
                        e -> assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE));
    }

    /** Long enough for a handshake on a loaded machine; a refused handshake fails long before. */
    private static CallOptions deadline() {
        return CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS);
    }
}
