package io.github.contractgen.runtime.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThatThrownBy;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.http.HttpClientOptions;
import io.github.contractgen.runtime.http.ResponseBody;
import io.github.contractgen.runtime.http.ResponseSpec;
import io.github.contractgen.runtime.http.RestCall;
import io.github.contractgen.runtime.http.RestClientCore;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real HTTP calls through RestClientCore make one CLIENT span each and send its trace context. */
class HttpTracingTest {

    Tracing tracing;
    TestHttpsServer server;
    RestClientCore core;

    @BeforeEach
    void start() {
        tracing = new Tracing();
        server = TestHttpsServer.http();
        core = RestClientCore.create(HttpClientOptions.builder()
                .serviceName("pets")
                .baseUri(server.baseUri())
                .connectTimeout(Duration.ofSeconds(30))
                .requestTimeout(Duration.ofSeconds(60))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, Duration.ofSeconds(5)))
                .observer(new OpenTelemetryObserver(tracing.sdk))
                .build());
    }

    @AfterEach
    void stop() {
        core.close();
        server.close();
        tracing.close();
    }

    private static RestCall<String> getPet(long id) {
        return RestCall.builder("getPet", "GET", "/pets/{petId}",
                        ResponseSpec.<String>builder().success("200", ResponseBody.text()).build())
                .pathParam("petId", id).build();
    }

    @Test
    void aCallIsOneClientSpanWhoseContextTheServerReceives() throws Exception {
        server.handle("/", r -> TestResponse.text(200, "rex"));

        core.call(getPet(7));

        SpanData span = tracing.spans(1).get(0);
        assertThat(span).hasName("GET /pets/{petId}").hasKind(SpanKind.CLIENT).hasParentSpanId("0000000000000000")
                .hasAttributesSatisfyingExactly(
                        equalTo(SpanAttributes.HTTP_REQUEST_METHOD, "GET"),
                        equalTo(SpanAttributes.URL_TEMPLATE, "/pets/{petId}"),
                        equalTo(SpanAttributes.SERVER_ADDRESS, "127.0.0.1"),
                        equalTo(SpanAttributes.SERVER_PORT, (long) server.port()),
                        equalTo(SpanAttributes.HTTP_RESPONSE_STATUS_CODE, 200L),
                        equalTo(SpanAttributes.CONTRACTGEN_SERVICE, "pets"),
                        equalTo(SpanAttributes.CONTRACTGEN_OPERATION, "getPet"))
                .hasStatus(StatusData.unset());
        RecordedRequest request = server.takeRequest();
        assertThat(request.header("traceparent")).hasValue(Tracing.traceparent(span));
    }

    @Test
    void aNotFoundIsAnErrorWithItsStatusAsErrorType() throws Exception {
        server.handle("/", r -> TestResponse.text(404, "no such pet"));

        assertThatThrownBy(() -> core.call(getPet(8))).isInstanceOf(ApiException.class);

        SpanData span = tracing.spans(1).get(0);
        assertThat(span).hasStatus(StatusData.create(StatusCode.ERROR, ""))
                .hasAttribute(SpanAttributes.HTTP_RESPONSE_STATUS_CODE, 404L)
                .hasAttribute(SpanAttributes.ERROR_TYPE, "404");
    }

    @Test
    void aRetriedCallIsOneSpanWithAnEventPerAttemptAndTheSameContextOnEveryAttempt() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        server.handle("/", r -> seen.incrementAndGet() == 1 ? TestResponse.status(503).withHeader("Retry-After", "0")
                : TestResponse.text(200, "at last"));

        core.call(getPet(9));

        List<SpanData> spans = tracing.spans(1);
        assertThat(spans).hasSize(1);
        SpanData span = spans.get(0);
        assertThat(span).hasAttribute(SpanAttributes.HTTP_REQUEST_RESEND_COUNT, 1L)
                .hasAttribute(SpanAttributes.HTTP_RESPONSE_STATUS_CODE, 200L)
                .hasEventsSatisfyingExactly(
                        event -> event.hasName("contractgen.attempt")
                                .hasAttributes(Attributes.of(
                                        SpanAttributes.CONTRACTGEN_ATTEMPT, 1L, SpanAttributes.CONTRACTGEN_STATUS, 503L,
                                        SpanAttributes.ERROR_TYPE, "503")),
                        event -> event.hasName("contractgen.attempt")
                                .hasAttributes(Attributes.of(
                                        SpanAttributes.CONTRACTGEN_ATTEMPT, 2L, SpanAttributes.CONTRACTGEN_STATUS, 200L)));
        assertThat(server.requests())
                .extracting(r -> r.header("traceparent").orElseThrow())
                .containsExactly(Tracing.traceparent(span), Tracing.traceparent(span));
    }
}
