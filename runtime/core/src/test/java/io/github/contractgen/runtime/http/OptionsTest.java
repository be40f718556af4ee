package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.auth.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builders validate and name what is wrong; values keep their promises. */
class OptionsTest {

    @Test
    void buildNamesTheMissingOrInvalidSetting() {
        assertThatThrownBy(() -> HttpClientOptions.builder().build())
                .hasMessage("baseUri is required: set it with baseUri(URI)");
        assertThatThrownBy(() -> HttpClientOptions.builder().baseUri(URI.create("ftp://x")).build())
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> HttpClientOptions.builder().baseUri(URI.create("https://u:p@x")).build())
                .hasMessageContaining("user info");
        assertThatThrownBy(() -> HttpClientOptions.builder().connectTimeout(Duration.ZERO))
                .hasMessageContaining("connectTimeout must be positive");
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
    }

    @Test
    void messagesAboutABaseUriMaskItsPasswordAndQuery() {
        assertThatThrownBy(() -> HttpClientOptions.builder().baseUri(URI.create("ftp://u:pw-hunter2@x/v1")).build())
                .hasMessage("baseUri must be an http or https URI, was ftp://u:***@x/v1");
        assertThatThrownBy(() -> HttpClientOptions.builder().baseUri(URI.create("https://x/v1?api_key=hunter2")).build())
                .hasMessage("baseUri must not have a query or fragment, was https://x/v1?***");
    }

    @Test
    void defaultsAndToBuilder() {
        HttpClientOptions options = HttpClientOptions.builder().baseUri(URI.create("https://api.example/v1")).build();
        assertThat(options.serviceName()).isEqualTo("api.example");
        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(options.tls().hasClientCertificate()).isFalse();
        HttpClientOptions copy = options.toBuilder().credentials(List.of(Credentials.basic("b", "u", "secret"))).build();
        assertThat(copy.baseUri()).isEqualTo(options.baseUri());
        assertThat(copy.toString()).contains("credentials=[b]").doesNotContain("secret");
    }

    @Test
    void apiExceptionMessagesQuoteAtMost200CharactersOfTextBodies() {
        String long300 = "x".repeat(300);
        ResponseInfo text = new ResponseInfo("op", "GET", URI.create("http://h/p"), 500,
                Map.of("Content-Type", List.of("application/json")), long300.getBytes());
        assertThat(new ApiException("op", text, null).getMessage()).isEqualTo("op: HTTP 500: " + "x".repeat(200) + "…");
        ResponseInfo binary = new ResponseInfo("op", "GET", URI.create("http://h/p"), 500,
                Map.of("Content-Type", List.of("application/octet-stream")), new byte[] {1, 2});
        assertThat(new ApiException("op", binary, null).getMessage()).isEqualTo("op: HTTP 500");
    }

    @Test
    void responseInfoCopiesItsBodyAndDropsSecretHeaders() {
        byte[] body = {1};
        ResponseInfo info = new ResponseInfo("op", "GET", URI.create("http://h/p"), 200,
                Map.of("Set-Cookie", List.of("s=1"), "X-B", List.of("b"), "X-A", List.of("a")), body);
        body[0] = 2;
        info.body()[0] = 3;
        assertThat(info.body()).containsExactly(1);
        assertThat(info.headers()).containsOnlyKeys("x-a", "x-b");
        assertThat(List.copyOf(info.headers().keySet())).containsExactly("x-a", "x-b");
    }
}
