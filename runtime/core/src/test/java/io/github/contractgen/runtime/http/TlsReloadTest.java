package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.github.contractgen.testsupport.SwitchableServerTls;
import io.github.contractgen.testsupport.SwitchableServerTls.Seen;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificates rotated on disk reach the next connection of a client that was built before: real
 * handshakes against a server that switches to a new PKI and trusts only its client certificate.
 */
class TlsReloadTest {

    @TempDir
    Path dir;

    private TestCertificates old;
    private TestCertificates next;
    private SwitchableServerTls serverTls;
    private TestHttpsServer server;

    @BeforeEach
    void start() {
        old = TestCertificates.generate(dir.resolve("old"));
        next = TestCertificates.generate(dir.resolve("next"));
        serverTls = SwitchableServerTls.of(old, ServerIdentity.GOOD);
        server = TestHttpsServer.https(serverTls.sslContext(), true);
        // Every answer closes its connection, so that each call makes a new one.
        server.handle("/", request -> TestResponse.text(200, "ok").withHeader("Connection", "close"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TlsConfig clientTls() {
        return TlsConfig.fromPem(old.clientCertificateChain(), old.clientKey(), old.caBundle())
                .withReloadInterval(Duration.ZERO);
    }

    private static RestClientCore core(TestHttpsServer server, TlsConfig tls) {
        return Calls.core(server.baseUri(), o -> o.tls(tls).retryPolicy(RetryPolicy.none()));
    }

    private X509Certificate lastClientCertificate() {
        List<Seen> seen = serverTls.clientCertificatesSeen();
        assertThat(seen).isNotEmpty();
        return seen.get(seen.size() - 1).certificate();
    }

    @Test
    void theNextConnectionUsesRotatedFilesWithoutRebuildingTheClient() {
        try (RestClientCore core = core(server, clientTls())) {
            assertThat(core.call(Calls.getText("/a"))).isEqualTo("ok");
            assertThat(lastClientCertificate()).isEqualTo(old.clientCertificate());

            serverTls.use(next, ServerIdentity.GOOD);
            old.rotateClientFilesTo(next);

            assertThat(core.call(Calls.getText("/b"))).isEqualTo("ok");
            // A full handshake with the new certificate, not a session resumed from before the rotation.
            assertThat(lastClientCertificate()).isEqualTo(next.clientCertificate());
        }
    }

    @Test
    void withoutTheRotationTheServerWithTheNewPkiIsNotTrusted() {
        try (RestClientCore core = core(server, clientTls())) {
            assertThat(core.call(Calls.getText("/a"))).isEqualTo("ok");
            serverTls.use(next, ServerIdentity.GOOD);

            assertThatThrownBy(() -> core.call(Calls.getText("/b")))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.UNTRUSTED));
        }
    }

    @Test
    void aRotationCaughtHalfWayKeepsThePreviousCertificateUntilItIsComplete() {
        try (RestClientCore core = core(server, clientTls())) {
            // The new key without its certificate: the pair does not match, so the old pair stays in use.
            java.nio.file.Path key = old.clientKey();
            copy(next.clientKey(), key);
            assertThat(core.call(Calls.getText("/a"))).isEqualTo("ok");
            assertThat(lastClientCertificate()).isEqualTo(old.clientCertificate());

            serverTls.use(next, ServerIdentity.GOOD);
            old.rotateClientFilesTo(next);
            assertThat(core.call(Calls.getText("/b"))).isEqualTo("ok");
            assertThat(lastClientCertificate()).isEqualTo(next.clientCertificate());
        }
    }

    @Test
    void aRotationForgetsCachedSessionsSoTheNextConnectionPresentsTheNewCertificate() {
        try (RestClientCore core = core(server, clientTls())) {
            assertThat(core.call(Calls.getText("/a"))).isEqualTo("ok");
            // The server stays as it was and would resume the first session: the client must not offer it,
            // but check the server's certificate against its new CA bundle, which does not trust it.
            old.rotateClientFilesTo(next);

            assertThatThrownBy(() -> core.call(Calls.getText("/b")))
                    .isInstanceOfSatisfying(TlsHandshakeException.class,
                            e -> assertThat(e.reason()).isEqualTo(TlsHandshakeException.Reason.UNTRUSTED));
        }
    }

    @Test
    void theReloadIntervalIsTenSecondsUnlessSet() {
        TlsConfig tls = TlsConfig.trustPem(old.caBundle());
        assertThat(tls.reloadInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(tls.withReloadInterval(Duration.ofMinutes(1)).reloadInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> tls.withReloadInterval(Duration.ofSeconds(-1)))
                .hasMessage("interval must not be negative, was PT-1S");
    }

    private static void copy(Path from, Path to) {
        try {
            java.nio.file.Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
