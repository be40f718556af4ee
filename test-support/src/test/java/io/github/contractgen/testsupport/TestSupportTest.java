package io.github.contractgen.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSupportTest {

    @TempDir
    static Path dir;

    static TestCertificates certs;

    @BeforeAll
    static void generate() {
        certs = TestCertificates.generate(dir.resolve("pki"));
    }

    @Test
    void writesPemFilesInTheFormatsTheirNamesPromise() throws Exception {
        assertThat(Files.readString(certs.clientKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(certs.clientKeyPkcs1())).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Files.readString(certs.clientKeyEncrypted())).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(Files.readString(certs.clientCertificateChain()).split("-----BEGIN CERTIFICATE-----", -1))
                .as("client certificate followed by the CA").hasSize(3);
        X509Certificate expired = certificate(certs.serverCertificate(ServerIdentity.EXPIRED));
        assertThat(expired.getNotAfter()).isInThePast();
        X509Certificate good = certificate(certs.serverCertificate(ServerIdentity.GOOD));
        assertThat(good.getSubjectAlternativeNames()).extracting(n -> (Object) n.get(1))
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
    }

    @Test
    void theJdkDecryptsTheEncryptedKey() throws Exception {
        String pem = Files.readString(certs.clientKeyEncrypted());
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        // JDK 17 names PBES2 only through its parameters ("PBEWithHmacSHA256AndAES_256").
        String algorithm = info.getAlgParameters().toString();
        SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(certs.password())), info.getAlgParameters());
        assertThat(info.getKeySpec(cipher).getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void servesHttpsAndRecordsTheRequestAsSent() throws Exception {
        try (TestHttpsServer server = TestHttpsServer.https(certs.serverSslContext(ServerIdentity.GOOD), false)) {
            server.handle("/", request -> TestResponse.text(404, "root"));
            server.handle("/pets", request -> TestResponse.json(200, "{\"id\":1}").withHeader("X-Test", "yes"));
            HttpResponse<String> response = client().send(HttpRequest.newBuilder(
                    server.baseUri().resolve("/pets/a%2Fb?x=1%202"))
                    .header("X-Sent", "v").POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("x-test")).hasValue("yes");
            RecordedRequest request = server.takeRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.rawPath()).isEqualTo("/pets/a%2Fb");
            assertThat(request.rawQuery()).isEqualTo("x=1%202");
            assertThat(request.header("X-SENT")).hasValue("v");
            assertThat(request.bodyText()).isEqualTo("hello");
            assertThat(request.clientCertificateSubject()).isNull();
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    private static HttpClient client() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certs.trustStore())) {
            trust.load(in, certs.password());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(30)).build();
    }

    private static X509Certificate certificate(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
