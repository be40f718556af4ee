package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses: success bodies of every kind, declared and undeclared errors, and the matching rules. */
class ResponseHandlingTest {

    record Pet(long id, String name) {}

    record Problem(String code, String detail) {}

    /** What a generated per-operation exception looks like. */
    static final class NotFound extends ApiException {
        private static final long serialVersionUID = 1L;

        NotFound(ResponseInfo response, Problem body) {
            super(response.operationId(), response, body);
        }

        @Override
        public Problem body() {
            return (Problem) super.body();
        }
    }

    static final class ServerError extends ApiException {
        private static final long serialVersionUID = 1L;

        ServerError(ResponseInfo response, Problem body) {
            super(response.operationId(), response, body);
        }
    }

    static TestHttpsServer server;
    static RestClientCore core;

    @BeforeAll
    static void start() {
        server = TestHttpsServer.http()
                .handle("/pets/1", r -> TestResponse.json(200, "{\"id\":1,\"name\":\"Rex\",\"extra\":true}"))
                .handle("/pets/created", r -> TestResponse.json(201, "{\"id\":2,\"name\":\"New\"}"))
                .handle("/pets/list", r -> TestResponse.json(200, "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]"))
                .handle("/pets/missing", r -> TestResponse.json(404, "{\"code\":\"nope\",\"detail\":\"no pet 7\"}")
                        .withHeader("X-Request-Id", "r-1").withHeader("Set-Cookie", "s=secret"))
                .handle("/pets/teapot", r -> TestResponse.text(418, "I am a teapot").withHeader("Content-Type", "text/plain"))
                .handle("/pets/broken", r -> TestResponse.json(200, "{\"id\":\"not a number\""))
                .handle("/pets/crash", r -> TestResponse.json(500, "{\"code\":\"boom\"}"))
                .handle("/pets/badjsonerror", r -> TestResponse.json(404, "<html>"))
                .handle("/text", r -> TestResponse.text(200, "grüße").withHeader("Content-Type", "text/plain; charset=UTF-8"))
                .handle("/bytes", r -> TestResponse.bytes(200, new byte[] {1, 2, 3}, "application/octet-stream"))
                .handle("/empty", r -> TestResponse.status(204))
                .handle("/pets/null", r -> TestResponse.json(200, "null"))
                .handle("/pets/empty", r -> TestResponse.status(200))
                .handle("/info", r -> TestResponse.status(202).withHeader("Location", "/jobs/9"));
        core = Calls.core(server.baseUri(), o -> o.retryPolicy(RetryPolicy.none()));
    }

    @AfterAll
    static void stop() {
        core.close();
        server.close();
    }

    private static ResponseSpec<Pet> petSpec() {
        return ResponseSpec.<Pet>builder()
                .success("200", ResponseBody.json(JsonType.of(Pet.class)))
                .success("201", ResponseBody.json(JsonType.of(Pet.class)))
                .error("404", ResponseBody.json(JsonType.of(Problem.class)), NotFound::new)
                .error("5XX", ResponseBody.json(JsonType.of(Problem.class)), ServerError::new)
                .build();
    }

    private static <T> T get(String path, ResponseSpec<T> spec) {
        return core.call(RestCall.builder("getPet", "GET", path, spec).build());
    }

    @Test
    void decodesJsonIgnoringUnknownProperties() {
        assertThat(get("/pets/1", petSpec())).isEqualTo(new Pet(1, "Rex"));
        assertThat(get("/pets/created", petSpec())).isEqualTo(new Pet(2, "New"));
        assertThat(get("/pets/list", ResponseSpec.<List<Pet>>builder()
                .success("200", ResponseBody.json(JsonType.listOf(JsonType.of(Pet.class)))).build()))
                .containsExactly(new Pet(1, "a"), new Pet(2, "b"));
    }

    @Test
    void textBytesEmptyAndInfo() {
        assertThat(get("/text", ResponseSpec.<String>builder().success("200", ResponseBody.text()).build()))
                .isEqualTo("grüße");
        assertThat(get("/bytes", ResponseSpec.<byte[]>builder().success("200", ResponseBody.bytes()).build()))
                .containsExactly(1, 2, 3);
        assertThat(get("/empty", ResponseSpec.<Void>builder().success("204", ResponseBody.empty()).build())).isNull();
        ResponseInfo info = get("/info", ResponseSpec.<ResponseInfo>builder().success("202", ResponseBody.info()).build());
        assertThat(info.status()).isEqualTo(202);
        assertThat(info.header("LOCATION")).hasValue("/jobs/9");
        assertThat(info.uri()).isEqualTo(server.baseUri().resolve("/info"));
    }

    @Test
    void aDeclaredErrorBecomesItsExceptionWithStatusHeadersAndBody() {
        NotFound e = catchThrowableOfType(NotFound.class, () -> get("/pets/missing", petSpec()));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.body()).isEqualTo(new Problem("nope", "no pet 7"));
        assertThat(e.operationId()).isEqualTo("getPet");
        assertThat(e.headers()).containsEntry("x-request-id", List.of("r-1")).doesNotContainKey("set-cookie");
        assertThat(List.copyOf(e.headers().keySet())).isSorted();
        assertThat(new String(e.rawBody())).contains("no pet 7");
        assertThat(e).hasMessage("getPet: HTTP 404: {\"code\":\"nope\",\"detail\":\"no pet 7\"}");
    }

    @Test
    void aRangeMatchesWhenNoExactCodeDoes() {
        ServerError e = catchThrowableOfType(ServerError.class, () -> get("/pets/crash", petSpec()));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.body()).isEqualTo(new Problem("boom", null));
    }

    @Test
    void anUndeclaredStatusIsAPlainApiExceptionOrWhatOtherwiseMakes() {
        ApiException plain = catchThrowableOfType(ApiException.class, () -> get("/pets/teapot", petSpec()));
        assertThat(plain.getClass()).isEqualTo(ApiException.class);
        assertThat(plain.status()).isEqualTo(418);
        assertThat(plain.body()).isNull();
        assertThat(plain).hasMessage("getPet: HTTP 418: I am a teapot");

        ResponseSpec<Pet> withOtherwise = ResponseSpec.<Pet>builder()
                .success("200", ResponseBody.json(JsonType.of(Pet.class)))
                .otherwise((response, body) -> new ApiException("custom", response, new String(body))).build();
        ApiException custom = catchThrowableOfType(ApiException.class, () -> get("/pets/teapot", withOtherwise));
        assertThat(custom.operationId()).isEqualTo("custom");
        assertThat(custom.body()).isEqualTo("I am a teapot");
    }

    @Test
    void defaultIsAnErrorForNon2xxAndAnUndeclared2xxDecodesAsTheLowest2xx() {
        ResponseSpec<Pet> spec = ResponseSpec.<Pet>builder()
                .success("200", ResponseBody.json(JsonType.of(Pet.class)))
                .error("default", ResponseBody.json(JsonType.of(Problem.class)), NotFound::new).build();
        assertThat(get("/pets/created", spec)).isEqualTo(new Pet(2, "New"));
        assertThat(catchThrowableOfType(NotFound.class, () -> get("/pets/teapot", spec)).status()).isEqualTo(418);
    }

    @Test
    void aSuccessDefaultNeverTurnsAnErrorStatusIntoAResult() {
        ResponseSpec<Pet> spec = ResponseSpec.<Pet>builder()
                .success("default", ResponseBody.json(JsonType.of(Pet.class))).build();
        assertThat(get("/pets/1", spec)).isEqualTo(new Pet(1, "Rex"));
        assertThatThrownBy(() -> get("/pets/crash", spec)).isExactlyInstanceOf(ApiException.class);
    }

    @Test
    void aBodyThatDoesNotDecodeIsADecodingExceptionWithStatusAndSnippet() {
        DecodingException e = catchThrowableOfType(DecodingException.class, () -> get("/pets/broken", petSpec()));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.bodySnippet()).isEqualTo("{\"id\":\"not a number\"");
        assertThat(e).hasMessageStartingWith("getPet: HTTP 200 body (application/json").hasMessageContaining("does not decode as");
    }

    private static ResponseSpec<Pet> nullablePetSpec() {
        return ResponseSpec.<Pet>builder().success("200", ResponseBody.nullableJson(JsonType.of(Pet.class))).build();
    }

    @Test
    void aNullableJsonBodyTakesNullWhereAPlainOneRefusesIt() {
        assertThat(get("/pets/null", nullablePetSpec())).isNull();
        assertThat(get("/pets/1", nullablePetSpec())).isEqualTo(new Pet(1, "Rex"));
        assertThatThrownBy(() -> get("/pets/null", petSpec()))
                .isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("getPet: HTTP 200 body is null where the contract declares");
    }

    @Test
    void anEmptyBodyIsNoJsonNullSoANullableJsonBodyRefusesItUnlessDecodingIsLenient() {
        DecodingException e = catchThrowableOfType(DecodingException.class, () -> get("/pets/empty", nullablePetSpec()));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e).hasMessageStartingWith("getPet: HTTP 200 body is empty where the contract declares")
                .hasMessageContaining("or null (an empty body is not JSON null)")
                .hasMessageEndingWith("a client built with lenientDecoding() returns null instead");
        try (RestClientCore lenient = Calls.core(server.baseUri(), o -> o.lenientDecoding(true))) {
            assertThat(lenient.call(RestCall.builder("getPet", "GET", "/pets/empty", nullablePetSpec()).build())).isNull();
        }
    }

    @Test
    void aDeclaredErrorWithAnUndecodableBodyIsStillItsException() {
        NotFound e = catchThrowableOfType(NotFound.class, () -> get("/pets/badjsonerror", petSpec()));
        assertThat(e.body()).isNull();
        assertThat(e.rawBody()).asString().isEqualTo("<html>");
    }

    @Test
    void aDecodedMapKeepsBigDecimals() {
        server.handle("/money", r -> TestResponse.json(200, "{\"amount\":0.1000000000000000055511151231257827}"));
        Map<String, Object> body = get("/money", ResponseSpec.<Map<String, Object>>builder()
                .success("200", ResponseBody.json(Calls.JSON_OBJECT)).build());
        assertThat(body.get("amount")).hasToString("0.1000000000000000055511151231257827");
    }
}
