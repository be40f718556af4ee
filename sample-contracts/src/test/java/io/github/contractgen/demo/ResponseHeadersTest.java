package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.contractgen.runtime.http.ApiResponse;
import io.github.contractgen.sample.petstore.PetstoreAuth;
import io.github.contractgen.sample.petstore.PetstoreClient;
import io.github.contractgen.sample.petstore.PetstoreException;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code ...WithResponse} methods against real servers on 127.0.0.1: the Petstore's
 * {@code X-Total-Count} and status come back next to the body, sync and async, and headers that
 * carry credentials never do.
 */
class ResponseHeadersTest {

    private static HttpServer loopback() throws java.io.IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }

    private static PetstoreClient client(URI baseUri) {
        return PetstoreClient.builder()
                .baseUri(baseUri)
                .auth(PetstoreAuth.apiKey(PetstoreServer.API_KEY), PetstoreAuth.oauth2(() -> PetstoreServer.BEARER))
                .build();
    }

    private static NewPet dog(String name) {
        return new NewPet(name, PetStatus.AVAILABLE, List.of("dog"), null, null, Map.of());
    }

    @Test
    void listPetsWithResponseReadsTheTotalCountSyncAndAsync() throws Exception {
        try (PetstoreServer server = new PetstoreServer(loopback()); PetstoreClient petstore = client(server.baseUri())) {
            for (String name : List.of("Rex", "Fido", "Bello")) {
                petstore.pets().createPet(dog(name));
            }

            ApiResponse<List<Pet>> page = petstore.pets().listPetsWithResponse(List.of("dog"), null, 2, null);
            ApiResponse<List<Pet>> async = petstore.async().pets().listPetsWithResponse(List.of("dog"), null, 2, null)
                    .get(60, TimeUnit.SECONDS);

            for (ApiResponse<List<Pet>> response : List.of(page, async)) {
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).extracting(Pet::name).containsExactly("Rex", "Fido");
                assertThat(response.header("X-Total-Count")).as("all matches, not the page").hasValue("3");
                assertThat(response.header("content-type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
            }
            assertThat(page.body()).isEqualTo(petstore.pets().listPets(List.of("dog"), null, 2, null));
        }
    }

    @Test
    void aVoidOperationGivesItsStatusAndErrorsStayExceptions() throws Exception {
        try (PetstoreServer server = new PetstoreServer(loopback()); PetstoreClient petstore = client(server.baseUri())) {
            Pet rex = petstore.pets().createPet(dog("Rex"));

            ApiResponse<Void> deleted = petstore.pets().deletePetWithResponse(rex.id(), "adopted");

            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isNull();
            assertThatThrownBy(() -> petstore.pets().getPetByIdWithResponse(rex.id()))
                    .isInstanceOf(PetstoreException.NotFound.class);
            assertThatThrownBy(() -> petstore.async().pets().getPetByIdWithResponse(rex.id()).get(60, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(PetstoreException.NotFound.class);
        }
    }

    @Test
    void headersThatCarryCredentialsAreNeverExposed() throws Exception {
        HttpServer http = loopback();
        http.createContext("/v1/pets", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Total-Count", "0");
            exchange.getResponseHeaders().add("Set-Cookie", "session=s3cr3t");
            exchange.getResponseHeaders().add("Authorization", "Bearer leaked");
            exchange.getResponseHeaders().add("X-API-Key", "leaked-key");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        try (PetstoreClient petstore = client(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/v1"))) {
            ApiResponse<List<Pet>> sync = petstore.pets().listPetsWithResponse(null, null, null, null);
            ApiResponse<List<Pet>> async = petstore.async().pets().listPetsWithResponse(null, null, null, null)
                    .get(60, TimeUnit.SECONDS);

            for (ApiResponse<List<Pet>> response : List.of(sync, async)) {
                assertThat(response.header("X-Total-Count")).hasValue("0");
                assertThat(response.headers()).doesNotContainKeys("set-cookie", "authorization", "x-api-key");
                assertThat(response.header("Set-Cookie")).isEmpty();
                assertThat(response + " " + response.headers()).doesNotContain("s3cr3t", "leaked");
            }
        } finally {
            http.stop(0);
        }
    }
}
