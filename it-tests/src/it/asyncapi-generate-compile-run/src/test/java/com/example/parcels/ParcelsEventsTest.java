package com.example.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.events.parcels.ParcelsEvents;
import com.example.events.parcels.model.ParcelScanned;
import com.example.events.parcels.model.ParcelScannedHeaders;
import com.example.events.parcels.model.ParcelScannedStatus;
import io.github.contractgen.runtime.events.DeliveryPolicy;
import io.github.contractgen.runtime.events.Subscription;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated producer and consumer round-trip messages over the default in-memory transport. */
class ParcelsEventsTest {

    /** What a handler saw of one message. */
    record Received(String depotId, ParcelScanned payload, ParcelScannedHeaders headers) {}

    private static final OffsetDateTime SCANNED = OffsetDateTime.parse("2026-03-04T05:06:07Z");

    private ParcelsEvents parcels;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        parcels = ParcelsEvents.builder()
                .deliveryPolicy(new DeliveryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
    }

    @AfterEach
    void stop() {
        parcels.close();
    }

    @Test
    void aMessageArrivesWithItsPayloadHeadersAndChannelParameter() throws Exception {
        try (Subscription subscription = parcels.onWatchScans(
                (depotId, payload, headers) -> received.add(new Received(depotId, payload, headers)))) {
            parcels.recordScan().send("berlin-3",
                    new ParcelScanned("P-100", 1250, ParcelScannedStatus.ARRIVED, SCANNED),
                    new ParcelScannedHeaders("hand-scanner-7", null));

            Received message = received.poll(60, TimeUnit.SECONDS);
            assertNotNull(message, "no message within 60 s");
            assertEquals("berlin-3", message.depotId());
            assertEquals(new ParcelScanned("P-100", 1250, ParcelScannedStatus.ARRIVED, SCANNED), message.payload());
            assertEquals("hand-scanner-7", message.headers().scanner());
            assertNotNull(message.headers().correlationId(), "the producer sets a correlation id");
        }
    }

    @Test
    void anAsyncSendArrivesAndAValueTheContractDoesNotListSurvives() throws Exception {
        try (Subscription subscription = parcels.onWatchScans(
                (depotId, payload, headers) -> received.add(new Received(depotId, payload, headers)))) {
            parcels.recordScan().sendAsync("paris-1",
                    new ParcelScanned("P-200", null, ParcelScannedStatus.of("lost"), SCANNED)).get(60, TimeUnit.SECONDS);

            Received message = received.poll(60, TimeUnit.SECONDS);
            assertNotNull(message, "no message within 60 s");
            assertEquals("paris-1", message.depotId());
            assertEquals("lost", message.payload().status().value());
            assertFalse(message.payload().status().isKnown());
        }
    }

    @Test
    void aHandlerThatFailsIsTriedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Subscription subscription = parcels.onWatchScans((depotId, payload, headers) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the first attempt fails");
            }
            received.add(new Received(depotId, payload, headers));
        })) {
            parcels.recordScan().send("rome-2", new ParcelScanned("P-300", 90, ParcelScannedStatus.DELIVERED, SCANNED));

            Received message = received.poll(60, TimeUnit.SECONDS);
            assertNotNull(message, "no message within 60 s");
            assertEquals("P-300", message.payload().parcelId());
            assertEquals(2, attempts.get());
            assertTrue(received.isEmpty(), "handled once: " + List.copyOf(received));
        }
    }
}
