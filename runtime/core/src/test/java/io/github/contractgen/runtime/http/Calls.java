package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.json.JsonType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Small helpers shared by the transport tests. */
final class Calls {

    static final JsonType<Map<String, Object>> JSON_OBJECT = JsonType.mapOf(JsonType.of(Object.class));

    private Calls() {}

    /** A core for {@code base} with fast retries and generous timeouts for a loaded machine. */
    static RestClientCore core(URI base, UnaryOperator<HttpClientOptions.Builder> customize) {
        return RestClientCore.create(options(base, customize));
    }

    /** The options {@link #core(URI, UnaryOperator)} uses. */
    static HttpClientOptions options(URI base, UnaryOperator<HttpClientOptions.Builder> customize) {
        HttpClientOptions.Builder options = HttpClientOptions.builder()
                .serviceName("test")
                .baseUri(base)
                .connectTimeout(Duration.ofSeconds(30))
                .requestTimeout(Duration.ofSeconds(60))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, Duration.ofSeconds(5)));
        return customize.apply(options).build();
    }

    static RestClientCore core(URI base) {
        return core(base, o -> o);
    }

    /** {@code GET path} answering a text body on 200. */
    static RestCall<String> getText(String path) {
        return RestCall.builder("getText", "GET", path,
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build()).build();
    }

    /** {@code GET path} answering a text body on 200, secured by the security scheme {@code scheme}. */
    static RestCall<String> getText(String path, String scheme) {
        return RestCall.builder("getText", "GET", path,
                ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .security(List.of(List.of(scheme))).build();
    }
}
