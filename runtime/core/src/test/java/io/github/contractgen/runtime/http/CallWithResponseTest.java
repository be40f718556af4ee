package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code callWithResponse} and {@code callWithResponseAsync} against a real server: the same call as
 * {@code call}, with the status and the safe headers of the response that ended it.
 */
class CallWithResponseTest {

    record Pet(long id, String name) {}

    private static final ResponseSpec<List<Pet>> PETS = ResponseSpec.<List<Pet>>builder()
            .success("200", ResponseBody.json(JsonType.listOf(JsonType.of(Pet.class))))
            .build();

    private TestHttpsServer server;
    private RestClientCore core;

    @BeforeEach
    void start() {
        server = TestHttpsServer.http();
        core = Calls.core(server.baseUri());
    }

    @AfterEach
    void stop() {
        core.close();
        server.close();
    }

    private static RestCall<List<Pet>> listPets() {
        return RestCall.builder("listPets", "GET", "/pets", PETS).build();
    }

    private TestHttpsServer servePets() {
        return server.handle("/pets", r -> TestResponse.json(200, "[{\"id\":1,\"name\":\"Rex\"}]")
                .withHeader("X-Total-Count", "41")
                .withHeader("Set-Cookie", "session=s3cr3t")
                .withHeader("Authorization", "Bearer leaked")
                .withHeader("Link", "</pets?page=2>; rel=\"next\""));
    }

    @Test
    void syncCallReturnsBodyStatusAndSafeHeaders() {
        servePets();

        ApiResponse<List<Pet>> response = core.callWithResponse(listPets());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsExactly(new Pet(1, "Rex"));
        assertThat(response.header("X-Total-Count")).hasValue("41");
        assertThat(response.header("link")).hasValue("</pets?page=2>; rel=\"next\"");
        assertThat(response.headers()).doesNotContainKeys("set-cookie", "authorization");
        assertThat(response.header("Set-Cookie")).isEmpty();
        assertThat(response.headers().toString()).doesNotContain("s3cr3t").doesNotContain("leaked");
    }

    @Test
    void asyncCallCompletesWithTheSameResponse() throws Exception {
        servePets();

        ApiResponse<List<Pet>> response = core.callWithResponseAsync(listPets()).get(60, TimeUnit.SECONDS);

        ApiResponse<List<Pet>> sync = core.callWithResponse(listPets());
        // The server's Date header may tick between the two calls: everything else is the same.
        assertThat(response).usingRecursiveComparison().ignoringFields("headers.date").isEqualTo(sync);
        assertThat(response.headers()).containsKey("date");
        assertThat(response.header("x-total-count")).hasValue("41");
        assertThat(response.headers()).doesNotContainKeys("set-cookie", "authorization");
    }

    @Test
    void noContentGivesAVoidBodyWithTheStatus() {
        server.handle("/pets/7", r -> TestResponse.status(204).withHeader("ETag", "\"v2\""));
        RestCall<Void> delete = RestCall.builder("deletePet", "DELETE", "/pets/{id}",
                ResponseSpec.<Void>builder().success("204", ResponseBody.empty()).build()).pathParam("id", 7).build();

        ApiResponse<Void> response = core.callWithResponse(delete);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isNull();
        assertThat(response.header("etag")).hasValue("\"v2\"");
    }

    @Test
    void anUndeclaredSuccessStatusStillComesWithItsStatus() {
        server.handle("/jobs", r -> TestResponse.status(202).withHeader("Location", "/jobs/9"));
        RestCall<Void> start = RestCall.builder("startJob", "POST", "/jobs", ResponseSpec.<Void>builder().build()).build();

        ApiResponse<Void> response = core.callWithResponse(start);

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.header("Location")).hasValue("/jobs/9");
    }

    @Test
    void theResponseIsTheOneAfterTheRetries() {
        AtomicInteger attempts = new AtomicInteger();
        server.handle("/pets", r -> attempts.incrementAndGet() == 1
                ? TestResponse.status(503).withHeader("X-Total-Count", "0")
                : TestResponse.json(200, "[]").withHeader("X-Total-Count", "3"));

        ApiResponse<List<Pet>> response = core.callWithResponse(listPets());

        assertThat(attempts).hasValue(2);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Total-Count")).hasValue("3");
    }

    @Test
    void errorStatusesAreExceptionsAsForCall() {
        server.handle("/pets", r -> TestResponse.text(409, "busy"));

        assertThatThrownBy(() -> core.callWithResponse(listPets()))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> core.callWithResponseAsync(listPets()).get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ApiException.class);
    }
}
