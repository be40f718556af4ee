package io.github.contractgen.transporttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TlsHandshakeException;
import io.github.contractgen.runtime.TlsHandshakeException.Reason;
import io.github.contractgen.testsupport.SwitchableServerTls.Seen;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One TLS matrix for every transport: HTTP (java.net.http), gRPC (grpc-java on Netty), Kafka and MQTT
 * (HiveMQ client), each against a real server or broker on 127.0.0.1 that requires a client certificate,
 * with certificates made by the test. Each bad case must fail with a {@link TlsHandshakeException} whose
 * reason and message say which case it was; the rotated case must reach the server with the new
 * certificates through a client built before the rotation.
 *
 * <p>One server per transport serves every case: it switches its certificate and client CA per case, and
 * each switch starts a new session cache, so every case is a full handshake.
 */
class TlsMatrixTest {

    @TempDir
    static Path directory;

    private static TestCertificates pki;
    private static final Map<String, Endpoint> ENDPOINTS = new TreeMap<>();

    @BeforeAll
    static void makeCertificates() {
        pki = TestCertificates.generate(directory.resolve("pki"));
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (Endpoint endpoint : ENDPOINTS.values()) {
            endpoint.close();
        }
    }

    /** The running endpoint of {@code transport}, started at its first case and kept for the others. */
    private static Endpoint endpoint(String transport) throws Exception {
        Endpoint endpoint = ENDPOINTS.get(transport);
        if (endpoint == null) {
            endpoint = switch (transport) {
                case "http" -> new HttpEndpoint(pki);
                case "grpc" -> new GrpcEndpoint(pki);
                case "kafka" -> new KafkaEndpoint(pki);
                case "mqtt" -> new MqttEndpoint(pki, directory.resolve("mqtt-data"));
                default -> throw new IllegalArgumentException("no transport " + transport);
            };
            ENDPOINTS.put(transport, endpoint);
        }
        return endpoint;
    }

    private static TlsConfig clientWithCertificate() {
        return TlsConfig.fromPem(pki.clientCertificateChain(), pki.clientKey(), pki.caBundle());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void good(String transport) throws Exception {
        Endpoint endpoint = endpoint(transport);
        endpoint.serverTls().use(pki, ServerIdentity.GOOD);
        int before = endpoint.serverTls().clientCertificatesSeen().size();

        try (Endpoint.Client client = endpoint.client(clientWithCertificate())) {
            client.roundTrip();
        }

        List<Seen> seen = endpoint.serverTls().clientCertificatesSeen();
        assertThat(seen.subList(before, seen.size())).isNotEmpty().allSatisfy(handshake -> {
            assertThat(handshake.certificate()).isEqualTo(pki.clientCertificate());
            assertThat(handshake.protocol()).isIn("TLSv1.3", "TLSv1.2");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void expired(String transport) throws Exception {
        assertFails(transport, ServerIdentity.EXPIRED, clientWithCertificate(), Reason.EXPIRED, "expired certificate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void wrongHost(String transport) throws Exception {
        assertFails(transport, ServerIdentity.WRONG_HOST, clientWithCertificate(), Reason.HOSTNAME_MISMATCH,
                "hostname mismatch");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void untrustedCa(String transport) throws Exception {
        assertFails(transport, ServerIdentity.UNTRUSTED, clientWithCertificate(), Reason.UNTRUSTED,
                "untrusted certificate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void missingClientCertificate(String transport) throws Exception {
        assertFails(transport, ServerIdentity.GOOD, TlsConfig.trustPem(pki.caBundle()),
                Reason.CLIENT_CERTIFICATE_REQUIRED, "client certificate required");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http", "grpc", "kafka", "mqtt"})
    void rotatedCertificate(String transport) throws Exception {
        // A PKI of its own: the rotation rewrites its client files.
        TestCertificates old = TestCertificates.generate(directory.resolve("rotate-" + transport + "-old"));
        TestCertificates next = TestCertificates.generate(directory.resolve("rotate-" + transport + "-next"));
        Endpoint endpoint = endpoint(transport);
        endpoint.serverTls().use(old, ServerIdentity.GOOD);
        TlsConfig tls = TlsConfig.fromPem(old.clientCertificateChain(), old.clientKey(), old.caBundle())
                .withReloadInterval(Duration.ZERO);

        try (Endpoint.Client client = endpoint.client(tls)) {
            client.roundTrip();
            assertThat(lastClientCertificate(endpoint)).isEqualTo(old.clientCertificate());

            // The server now presents a certificate of the new CA and trusts only the new client certificate.
            endpoint.serverTls().use(next, ServerIdentity.GOOD);
            old.rotateClientFilesTo(next);

            client.roundTrip();
            assertThat(lastClientCertificate(endpoint)).isEqualTo(next.clientCertificate());
        }
    }

    private static java.security.cert.X509Certificate lastClientCertificate(Endpoint endpoint) {
        List<Seen> seen = endpoint.serverTls().clientCertificatesSeen();
        assertThat(seen).isNotEmpty();
        return seen.get(seen.size() - 1).certificate();
    }

    private static void assertFails(String transport, ServerIdentity identity, TlsConfig tls, Reason reason,
            String words) throws Exception {
        Endpoint endpoint = endpoint(transport);
        endpoint.serverTls().use(pki, identity);

        Throwable failure = catchThrowable(() -> {
            try (Endpoint.Client client = endpoint.client(tls)) {
                client.roundTrip();
            }
        });

        Throwable thrown = failure instanceof ExecutionException ? failure.getCause() : failure;
        assertThat(thrown).as("what %s threw", transport).isNotNull()
                .hasMessageContaining("TLS handshake failed: " + words);
        assertThat(tlsFailure(thrown)).as("the TlsHandshakeException in the chain of %s", thrown)
                .isNotNull()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static TlsHandshakeException tlsFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TlsHandshakeException tls) {
                return tls;
            }
        }
        return null;
    }
}
