package io.github.contractgen.transporttests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.testsupport.SwitchableServerTls;
import io.github.contractgen.testsupport.TestCertificates;
import io.github.contractgen.testsupport.TestCertificates.ServerIdentity;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;

/** java.net.http through {@link RestClientCore}, against the JDK's HTTPS server. */
final class HttpEndpoint implements Endpoint {

    private static final RestCall<String> PING = RestCall.builder("ping", "GET", "/ping",
            ResponseSpec.<String>builder().success("200", ResponseBody.text()).build()).build();

    private final SwitchableServerTls serverTls;
    private final TestHttpsServer server;

    HttpEndpoint(TestCertificates pki) {
        serverTls = SwitchableServerTls.of(pki, ServerIdentity.GOOD);
        server = TestHttpsServer.https(serverTls.sslContext(), true);
        // Each answer closes its connection, so that each call makes a new one (and a new handshake).
        server.handle("/", request -> TestResponse.text(200, "pong").withHeader("Connection", "close"));
    }

    @Override
    public SwitchableServerTls serverTls() {
        return serverTls;
    }

    @Override
    public Client client(TlsConfig tls) {
        RestClientCore core = RestClientCore.create(HttpClientOptions.builder()
                .serviceName("matrix")
                .baseUri(server.baseUri())
                .tls(tls)
                .connectTimeout(PATIENCE)
                .requestTimeout(PATIENCE)
                .retryPolicy(RetryPolicy.none())
                .build());
        return new Client() {
            @Override
            public void roundTrip() {
                assertThat(core.call(PING)).isEqualTo("pong");
            }

            @Override
            public void close() {
                core.close();
            }
        };
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "HTTP";
    }
}
