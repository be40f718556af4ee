package io.github.contractgen.generator.emit.client;

import static io.github.contractgen.generator.emit.client.Reflect.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.runtime.http.RetryPolicy;
import io.github.contractgen.testsupport.RecordedRequest;
import io.github.contractgen.testsupport.TestHttpsServer;
import io.github.contractgen.testsupport.TestResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated petstore client, compiled at test time, calling a real HTTP server on 127.0.0.1:
 * each test checks what goes over the wire and what the caller gets back.
 */
class ClientFunctionalTest {

    private static final String PKG = "com.example.petstore.";
    private static ClassLoader loader;

    private TestHttpsServer server;
    private Object client;

    @BeforeAll
    static void compile() {
        loader = ClientCompileTest.compile(Fixtures.context(Fixtures.petstore()));
    }

    @BeforeEach
    void start() throws Exception {
        server = TestHttpsServer.http();
        client = clientWith(builder -> call(builder, "timeouts", Duration.ofSeconds(20), Duration.ofSeconds(60)));
    }

    /** A client of the test server with both credentials and fast retries, and {@code settings} applied to its builder. */
    private Object clientWith(java.util.function.Consumer<Object> settings) throws Exception {
        Class<?> auth = loader.loadClass(PKG + "PetstoreAuth");
        Object builder = call(loader.loadClass(PKG + "PetstoreClient"), "builder");
        call(builder, "baseUri", URI.create(server.baseUri() + "/v1"));
        Object credentials = java.lang.reflect.Array.newInstance(loader.loadClass("io.github.contractgen.runtime.auth.Credential"), 2);
        java.lang.reflect.Array.set(credentials, 0, call(auth, "bearer", "t0ken"));
        java.lang.reflect.Array.set(credentials, 1, call(auth, "apiKey", "k3y"));
        call(builder, "auth", credentials);
        call(builder, "retryPolicy", new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0, Duration.ZERO));
        settings.accept(builder);
        return call(builder, "build");
    }

    @AfterEach
    void stop() {
        call(client, "close");
        server.close();
    }

    private Object pets() {
        return call(client, "pets");
    }

    private Object pet(long id, String name, String tag) throws Exception {
        return canonical(loader.loadClass(PKG + "model.Pet")).newInstance(id, name, tag);
    }

    /** The record's canonical constructor: the one with a parameter per component. */
    private static java.lang.reflect.Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        return record.getDeclaredConstructor(java.util.Arrays.stream(record.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new));
    }

    @Test
    void maxResponseBytesOnTheBuilderLimitsTheBody() throws Exception {
        server.handle("/v1/pets", request -> TestResponse.json(200, "[" + "{\"id\":1,\"name\":\"A\"},".repeat(100)
                + "{\"id\":2,\"name\":\"B\"}]"));
        Object limited = clientWith(builder -> call(builder, "maxResponseBytes", 1024L));
        try {
            assertThatThrownBy(() -> call(call(limited, "pets"), "listPets"))
                    .isInstanceOf(io.github.contractgen.runtime.ResponseTooLargeException.class)
                    .hasMessageStartingWith("listPets: the response body declares")
                    .hasMessageContaining("raise it with maxResponseBytes(long)");
        } finally {
            call(limited, "close");
        }
    }

    @Test
    void maxBytesInFlightOnTheBuilderReachesTheOptionsWhichRefuseItBelowMaxResponseBytes() {
        assertThatThrownBy(() -> clientWith(builder -> {
            call(builder, "maxResponseBytes", 4096L);
            call(builder, "maxBytesInFlight", 2048L);
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("maxBytesInFlight (2048) must not be below maxResponseBytes (4096)");
    }

    @Test
    void attemptTimeoutOnTheBuilderRetriesAStalledAttempt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        server.handle("/v1/pets/", request -> {
            if (requests.incrementAndGet() == 1) {
                release.await(30, TimeUnit.SECONDS); // the first attempt stalls
            }
            return TestResponse.json(200, "{\"id\":7,\"name\":\"Rex\"}");
        });
        Object patient = clientWith(builder -> {
            call(builder, "timeouts", Duration.ofSeconds(20), Duration.ofSeconds(20));
            call(builder, "attemptTimeout", Duration.ofMillis(500));
        });
        try {
            assertThat(call(call(call(patient, "pets"), "getPetById", "7"), "name")).isEqualTo("Rex");
            assertThat(requests).hasValue(2);
        } finally {
            release.countDown();
            call(patient, "close");
        }
    }

    @Test
    void pathParametersAreOneEncodedSegment() throws Exception {
        server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":7,\"name\":\"Rex\"}"));
        Object pet = call(pets(), "getPetById", "../x");
        call(pets(), "getPetById", "a/b");

        assertThat(pet).isEqualTo(pet(7, "Rex", null));
        RecordedRequest first = server.takeRequest();
        assertThat(first.method()).isEqualTo("GET");
        assertThat(segmentAfter("/v1/pets/", first.rawPath())).isEqualTo("../x");
        assertThat(first.header("Authorization")).hasValue("Bearer t0ken");
        assertThat(first.header("X-API-Key")).isEmpty();
        assertThat(first.header("Accept")).hasValueSatisfying(accept -> assertThat(accept).contains("application/json"));
        assertThat(server.takeRequest().rawPath()).isEqualTo("/v1/pets/a%2Fb");
    }

    /** The one path segment after {@code prefix}, decoded; fails when the value added a segment. */
    private static String segmentAfter(String prefix, String rawPath) {
        assertThat(rawPath).startsWith(prefix);
        String segment = rawPath.substring(prefix.length());
        assertThat(segment).doesNotContain("/").doesNotContain("?");
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    @Test
    void queryArraysFollowTheirExplodeSetting() {
        server.handle("/v1/pets", request -> TestResponse.json(200, "[{\"id\":1,\"name\":\"A\",\"tag\":\"t\"}]"));
        Object pets = call(pets(), "listPets", List.of("a", "b"), List.of(1L, 2L), 5);
        call(pets(), "listPets");

        assertThat((List<?>) pets).hasSize(1);
        RecordedRequest request = server.takeRequest();
        assertThat(request.rawPath()).isEqualTo("/v1/pets");
        assertThat(request.rawQuery()).isEqualTo("tags=a&tags=b&ids=1,2&limit=5");
        assertThat(server.takeRequest().rawQuery()).as("optional parameters left out").isNull();
    }

    @Test
    void headerAndCookieParametersAreSent() {
        server.handle("/v1/pets/", request -> TestResponse.status(204));
        Object result = call(pets(), "deletePet", "7", "req-1", "s3");
        call(pets(), "deletePet", "8", "req-2");

        assertThat(result).as("void").isNull();
        RecordedRequest withCookie = server.takeRequest();
        assertThat(withCookie.method() + " " + withCookie.rawPath()).isEqualTo("DELETE /v1/pets/7");
        assertThat(withCookie.header("X-Request-Id")).hasValue("req-1");
        assertThat(withCookie.header("Cookie")).hasValue("session=s3");
        RecordedRequest without = server.takeRequest();
        assertThat(without.header("X-Request-Id")).hasValue("req-2");
        assertThat(without.header("Cookie")).isEmpty();
    }

    @Test
    void jsonBodyAndJsonResponse() throws Exception {
        server.handle("/v1/pets", request -> TestResponse.json(201, "{\"id\":9,\"name\":\"Rex\",\"tag\":\"dog\"}"));
        Object created = call(pets(), "createPet", pet(0, "Rex", null));

        assertThat(created).isEqualTo(pet(9, "Rex", "dog"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.method() + " " + request.rawPath()).isEqualTo("POST /v1/pets");
        assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(request.bodyText()).isEqualTo("{\"id\":0,\"name\":\"Rex\"}");
    }

    @Test
    void requiredArgumentsRefuseNullBeforeAnythingIsSent() {
        server.handle("/v1/", request -> TestResponse.status(204));
        Object asyncPets = call(call(client, "async"), "pets");

        assertThatThrownBy(() -> call(pets(), "createPet", (Object) null))
                .isInstanceOf(NullPointerException.class).hasMessage("pet");
        assertThatThrownBy(() -> call(asyncPets, "createPet", (Object) null))
                .isInstanceOf(NullPointerException.class).hasMessage("pet");
        assertThatThrownBy(() -> call(pets(), "deletePet", "7", null))
                .isInstanceOf(NullPointerException.class).hasMessage("xRequestId");
        assertThatThrownBy(() -> call(call(client, "documents"), "uploadDocument", "Doc", null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThat(server.requestCount()).as("no request without its required parts").isZero();
    }

    @Test
    void formBodyAndTextResponse() {
        server.handle("/v1/login", request -> TestResponse.text(200, "token-1").withHeader("Content-Type", "text/plain"));
        Object token = call(client, "login", "ann", "p&ss word");

        assertThat(token).isEqualTo("token-1");
        RecordedRequest request = server.takeRequest();
        assertThat(request.method() + " " + request.rawPath()).isEqualTo("POST /v1/login");
        assertThat(request.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-www-form-urlencoded"));
        assertThat(request.bodyText()).as("fields in contract order, optional 'remember' left out")
                .isEqualTo("username=ann&password=p%26ss+word");
        assertThat(request.header("Authorization")).as("login needs no credentials").isEmpty();
    }

    @Test
    void multipartBodyWithFilePart() {
        server.handle("/v1/documents", request -> TestResponse.text(201, "stored"));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        Object result = call(call(client, "documents"), "uploadDocument", "Doc", new BinaryPart("a.pdf", "application/pdf", pdf));

        assertThat(result).isEqualTo("stored");
        RecordedRequest request = server.takeRequest();
        assertThat(request.header("X-API-Key")).as("operation's own security").hasValue("k3y");
        assertThat(request.header("Authorization")).isEmpty();
        String type = request.header("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/form-data; boundary=");
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).contains("Content-Disposition: form-data; name=\"title\"")
                .contains("\r\n\r\nDoc\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"")
                .contains("Content-Type: application/pdf")
                .contains(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(body.indexOf("name=\"title\"")).isLessThan(body.indexOf("name=\"file\""));
    }

    @Test
    void binaryUploadAndDownload() {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 0, 1, (byte) 0xff};
        server.handle("/v1/pets/7/photo", request -> request.method().equals("PUT")
                ? TestResponse.status(204)
                : TestResponse.bytes(200, photo, "image/png"));
        call(pets(), "uploadPhoto", "7", photo);
        Object downloaded = call(pets(), "downloadPhoto", "7");

        RecordedRequest upload = server.takeRequest();
        assertThat(upload.method() + " " + upload.rawPath()).isEqualTo("PUT /v1/pets/7/photo");
        assertThat(upload.header("Content-Type")).hasValue("image/png");
        assertThat(upload.body()).isEqualTo(photo);
        assertThat(downloaded).isEqualTo(photo);
    }

    @Test
    void textResponseOfAnUntaggedOperation() {
        server.handle("/v1/health", request -> TestResponse.text(200, "grün").withHeader("Content-Type", "text/plain; charset=UTF-8"));
        assertThat(call(client, "health")).isEqualTo("grün");
        assertThat(server.takeRequest().header("Authorization")).isEmpty();
    }

    @Test
    void declaredErrorBecomesTypedException() throws Exception {
        server.handle("/v1/pets/", request -> TestResponse.json(404, "{\"code\":404,\"message\":\"no such pet\"}"));
        Class<?> notFound = loader.loadClass(PKG + "PetstoreException$NotFound");
        Object error = canonical(loader.loadClass(PKG + "model.ErrorModel")).newInstance(404, "no such pet");

        assertThatThrownBy(() -> call(pets(), "getPetById", "1"))
                .isInstanceOf(notFound)
                .isInstanceOf(loader.loadClass(PKG + "PetstoreException"))
                .satisfies(thrown -> {
                    ApiException e = (ApiException) thrown;
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.operationId()).isEqualTo("getPetById");
                    assertThat(e.headers()).containsKey("content-type");
                    assertThat(call(e, "body")).isEqualTo(error);
                });
        assertThat(notFound.getMethod("body").getReturnType().getSimpleName()).isEqualTo("ErrorModel");
    }

    @Test
    void defaultAndUndeclaredStatuses() throws Exception {
        server.handle("/v1/pets/", request -> TestResponse.json(500, "{\"code\":500,\"message\":\"down\"}"));
        server.handle("/v1/pets", request -> TestResponse.text(409, "busy"));
        assertThatThrownBy(() -> call(pets(), "getPetById", "1"))
                .isInstanceOf(loader.loadClass(PKG + "PetstoreException$UnexpectedStatus"));
        assertThatThrownBy(() -> call(pets(), "listPets"))
                .isExactlyInstanceOf(loader.loadClass(PKG + "PetstoreException"))
                .satisfies(thrown -> {
                    ApiException e = (ApiException) thrown;
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.body()).isNull();
                    assertThat(new String(e.rawBody(), StandardCharsets.UTF_8)).isEqualTo("busy");
                });
    }

    @Test
    void asyncCallReturnsTheSameResult() throws Exception {
        server.handle("/v1/pets/", request -> TestResponse.json(200, "{\"id\":3,\"name\":\"Tom\"}"));
        Object asyncPets = call(call(client, "async"), "pets");
        CompletableFuture<?> future = (CompletableFuture<?>) call(asyncPets, "getPetById", "3");

        assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(call(pets(), "getPetById", "3"));
        assertThat(asyncPets.getClass().getSimpleName()).isEqualTo("PetsAsyncApi");
        assertThat(pets().getClass().getSimpleName()).isEqualTo("PetsApi");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/v1/pets/3");
    }

    @Test
    void withResponseGivesTheStatusAndDeclaredHeadersButNoSecrets() throws Exception {
        server.handle("/v1/pets", request -> TestResponse.json(200, "[{\"id\":1,\"name\":\"A\"}]")
                .withHeader("X-Total-Count", "57")
                .withHeader("Set-Cookie", "session=s3cr3t")
                .withHeader("Authorization", "Bearer leaked"));

        ApiResponse<?> sync = (ApiResponse<?>) call(pets(), "listPetsWithResponse", List.of("a"), null, 5);
        Object asyncPets = call(call(client, "async"), "pets");
        CompletableFuture<?> future = (CompletableFuture<?>) call(asyncPets, "listPetsWithResponse", null, null, null);
        ApiResponse<?> async = (ApiResponse<?>) future.get(60, TimeUnit.SECONDS);

        for (ApiResponse<?> response : List.of(sync, async)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-Total-Count")).hasValue("57");
            assertThat(response.body()).isEqualTo(List.of(pet(1, "A", null)));
            assertThat(response.headers()).doesNotContainKeys("set-cookie", "authorization");
            assertThat(response.header("Set-Cookie")).isEmpty();
        }
        assertThat(server.takeRequest().rawQuery()).isEqualTo("tags=a&limit=5");
        assertThat(server.takeRequest().rawQuery()).isNull();
    }

    @Test
    void withResponseOfANoContentOperationHasAVoidBody() {
        server.handle("/v1/pets/", request -> TestResponse.status(204).withHeader("X-Request-Id", "req-9"));

        ApiResponse<?> response = (ApiResponse<?>) call(pets(), "deletePetWithResponse", "7", "req-9", null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isNull();
        assertThat(response.header("x-request-id")).hasValue("req-9");
        assertThat(server.takeRequest().rawPath()).isEqualTo("/v1/pets/7");
    }

    @Test
    void withResponseThrowsTheDeclaredExceptionLikeThePlainMethod() throws Exception {
        server.handle("/v1/pets/", request -> TestResponse.json(404, "{\"code\":404,\"message\":\"gone\"}"));

        assertThatThrownBy(() -> call(pets(), "getPetByIdWithResponse", "1"))
                .isInstanceOf(loader.loadClass(PKG + "PetstoreException$NotFound"));
    }

    @Test
    void onlyIdempotentCallsAreRetried() throws Exception {
        java.util.concurrent.atomic.AtomicInteger puts = new java.util.concurrent.atomic.AtomicInteger();
        server.handle("/v1/pets/7/photo", request -> puts.incrementAndGet() == 1 ? TestResponse.status(503) : TestResponse.status(204));
        server.handle("/v1/pets", request -> TestResponse.status(503));

        call(pets(), "uploadPhoto", "7", new byte[] {1});
        assertThat(puts).as("PUT is idempotent: retried after 503").hasValue(2);
        assertThatThrownBy(() -> call(pets(), "createPet", pet(0, "Rex", null)))
                .isInstanceOf(ApiException.class)
                .satisfies(thrown -> assertThat(((ApiException) thrown).status()).isEqualTo(503));
        assertThat(server.requests()).filteredOn(r -> r.method().equals("POST")).as("POST is not retried").hasSize(1);
    }
}
