package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpServer;
import io.github.contractgen.runtime.http.BinaryPart;
import io.github.contractgen.sample.petstore.PetstoreAuth;
import io.github.contractgen.sample.petstore.PetstoreClient;
import io.github.contractgen.sample.petstore.model.BankTransfer;
import io.github.contractgen.sample.petstore.model.Category;
import io.github.contractgen.sample.petstore.model.NewPet;
import io.github.contractgen.sample.petstore.model.Order;
import io.github.contractgen.sample.petstore.model.Pet;
import io.github.contractgen.sample.petstore.model.PetStatus;
import io.github.contractgen.sample.petstore.model.PickUp;
import io.github.contractgen.testsupport.QueryStrings;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every request the generated client sends is checked against the contract by Atlassian's request
 * validator, so a client that drifts from its contract fails here even when our own server accepts it.
 */
class RequestValidationTest {

    private static final Path CONTRACT = Path.of("src/main/contracts/petstore.yaml");

    @Test
    void everyRequestTheGeneratedClientSendsMatchesTheContract() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try (PetstoreServer server = new PetstoreServer(http);
                PetstoreClient petstore = PetstoreClient.builder()
                        .baseUri(server.baseUri())
                        .auth(PetstoreAuth.apiKey(PetstoreServer.API_KEY), PetstoreAuth.oauth2(() -> PetstoreServer.BEARER),
                                PetstoreAuth.basic("demo", "secret"))
                        .build()) {
            exerciseEveryOperation(petstore);

            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withBasePathOverride("/v1")
                    .build();
            assertThat(server.recorded()).hasSizeGreaterThanOrEqualTo(10);
            for (PetstoreServer.Recorded recorded : server.recorded()) {
                ValidationReport report = validator.validateRequest(asRequest(recorded));
                assertThat(report.getMessages())
                        .as("%s %s?%s", recorded.method(), recorded.path(), recorded.rawQuery())
                        .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                        .isEmpty();
            }
        }
    }

    private static void exerciseEveryOperation(PetstoreClient petstore) {
        petstore.health();
        Pet rex = petstore.pets().createPet(new NewPet("Rex", PetStatus.AVAILABLE, List.of("dog", "brown"),
                new Category("dogs", List.of(new Category("terriers", List.of()))), LocalDate.of(2020, 5, 17),
                Map.of("colour", "brown")));
        petstore.pets().listPets(List.of("dog", "cat"), List.of(PetStatus.AVAILABLE, PetStatus.SOLD), 5, UUID.randomUUID());
        petstore.pets().getPetById(rex.id());
        petstore.pets().uploadPhoto(rex.id(), new BinaryPart("rex.png", "image/png",
                "not really a png".getBytes(StandardCharsets.UTF_8)), "front");
        petstore.pets().downloadPhoto(rex.id());
        petstore.store().placeOrder(new Order(null, rex.id(), 2, new BigDecimal("10.50"),
                new BankTransfer("DE89370400440532013000"), new PickUp("shop-1")));
        petstore.store().getInventory();
        petstore.users().login(true);
        petstore.pets().deletePet(rex.id(), "adopted");
    }

    private static Request asRequest(PetstoreServer.Recorded recorded) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.method(), recorded.path());
        recorded.headers().forEach((name, values) -> request.withHeader(name, values));
        if (recorded.body().length > 0) {
            request.withBody(recorded.body());
        }
        for (Map.Entry<String, List<String>> parameter : QueryStrings.parse(recorded.rawQuery()).entrySet()) {
            request.withQueryParam(parameter.getKey(), parameter.getValue());
        }
        return request.build();
    }
}
