package io.github.contractgen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.testsupport.TestCertificates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the demo exactly as README's first command does and checks what it printed and observed. */
class DemoTest {

    private static final String INVENTORY = "contractgen.sample.inventory.v1.Inventory/";

    static String printed;
    static RecordingObserver observer;

    @BeforeAll
    static void runTheDemo() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            observer = Demo.run(out);
        }
        printed = buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRestPartCallsThePetstoreOverMutualTlsWithTheSyncAndAsyncClients() {
        assertThat(printed)
                .contains("health: UP")
                .contains("created: Rex with id 101")
                .contains("available dogs: [Rex]")
                .contains("paid by Card")
                .contains("inventory: {adopted=1, available=1}")
                .contains("getPetById(404404) -> HTTP 404: no pet with id 404404")
                .contains("async: first pet is Rex")
                .doesNotContain(PetstoreServer.API_KEY).doesNotContain(PetstoreServer.BEARER);
        assertThat(printed).as("the client's settings came from PetstoreConfig: the file, and the key's password as a"
                        + " system property that never shows")
                .containsPattern("Petstore client configured by PetstoreConfig\\[petstore\\.baseUri=https://127\\.0\\.0\\.1:\\d+/v1"
                        + " \\(config file [^)]*petstore\\.properties\\)")
                .contains("petstore.tls.privateKey=", "petstore.timeouts.request=PT30S (config file",
                        "petstore.tls.privateKeyPassword=**** (system property petstore.tls.privateKeyPassword)")
                .doesNotContain(TestCertificates.PASSWORD);
        assertThat(ofKind(CallKind.HTTP)).hasSize(10).allSatisfy(seen -> {
            assertThat(seen.call().service()).isEqualTo("petstore");
            assertThat(seen.attempts()).hasSize(1);
        });
        assertThat(ofKind(CallKind.HTTP)).extracting(seen -> seen.call().operation() + " " + seen.result().status())
                .contains("getPetById 404", "placeOrder 200", "createPet 201");
    }

    @Test
    void theGrpcPartCallsEveryKindOverMutualTlsWithTheSyncAndAsyncClients() {
        assertThat(printed)
                .contains("grpc getItem: Dog food, 5 kg, 12 on SHELF, best before 2027-06-30, updated 2026-01-01T00:00:00Z")
                .contains("grpc listItems(SHELF): [dog-food, leash]")
                .contains("grpc recordChanges: 2 changes")
                .contains("grpc reconcile: [kennel=3, kennel=3 (refused: only 3 in stock)]")
                .contains("grpc getItem(unicorn) -> NOT_FOUND: no item unicorn")
                .contains("grpc async getItem: Leash, 10 {colour=red}")
                .contains("grpc async listItems: [dog-food, kennel, leash]")
                .contains("grpc async recordChanges: {water-bowl=10}")
                .contains("grpc async reconcile: [water-bowl=7, leash=9]");
        assertThat(ofKind(CallKind.GRPC)).as("one observation per call, each ended once")
                .extracting(seen -> seen.call().operation().replace(INVENTORY, "") + " " + seen.call().method()
                        + " " + seen.result().status())
                .containsExactly(
                        "GetItem UNARY 0", "ListItems SERVER_STREAMING 0", "RecordChanges CLIENT_STREAMING 0",
                        "Reconcile BIDI_STREAMING 0", "GetItem UNARY 5",
                        "GetItem UNARY 0", "ListItems SERVER_STREAMING 0", "RecordChanges CLIENT_STREAMING 0",
                        "Reconcile BIDI_STREAMING 0");
    }

    @Test
    void theEventsPartPublishesAndConsumesOnTheInMemoryTransport() {
        assertThat(printed)
                .contains("events orders: quoted 3 of pet 101 at 127.50")
                .contains("shipped [order-1 in eu by post (order-service), order-2 in us by courier (order-service)]")
                .contains("commanded [shop-floor: alarm cleared, storeroom: alarm above 30.0 C]");
        assertThat(ofKind(CallKind.MESSAGE_SEND)).extracting(seen -> seen.call().service() + " " + seen.call().operation()
                        + " " + seen.call().target())
                .containsExactly(
                        "orders receiveQuoteRequest shop.{region}.orders.quote",
                        "orders receiveOrder shop.{region}.orders.placed", "orders receiveOrder shop.{region}.orders.placed",
                        "shopsensors reportTemperature shop/{room}/temperature",
                        "shopsensors reportTemperature shop/{room}/temperature");
        assertThat(ofKind(CallKind.MESSAGE_RECEIVE)).extracting(seen -> seen.call().service() + " " + seen.call().operation()
                        + " " + seen.call().target())
                .containsExactly(
                        "orders announceShipment shop.{region}.orders.shipped", "orders announceShipment shop.{region}.orders.shipped",
                        "shopsensors setThreshold shop/{room}/threshold", "shopsensors setThreshold shop/{room}/threshold");
        assertThat(ofKind(CallKind.MESSAGE_SEND)).allSatisfy(seen -> assertThat(seen.result().error()).isNull());
        assertThat(ofKind(CallKind.MESSAGE_SEND)).extracting(seen -> seen.call().method())
                .containsExactly("REQUEST", "SEND", "SEND", "SEND", "SEND");
        assertThat(ofKind(CallKind.MESSAGE_RECEIVE)).allSatisfy(seen -> assertThat(seen.result().error()).isNull());
    }

    @Test
    void theTableShowsHttpGrpcAndMessageRows() {
        String table = printed.substring(printed.indexOf("What the observer saw:"));
        assertThat(table.lines().skip(2).map(line -> line.substring(0, line.indexOf(' '))).distinct())
                .containsExactly("HTTP", "GRPC", "MESSAGE_SEND", "MESSAGE_RECEIVE");
        assertThat(table).contains("Inventory/Reconcile").contains("shop/{room}/threshold").contains("/pets/{petId}");
        assertThat(observer.seen()).hasSize(10 + 9 + 9);
    }

    private static List<RecordingObserver.Seen> ofKind(CallKind kind) {
        return observer.seen().stream().filter(seen -> seen.call().kind() == kind).toList();
    }
}
