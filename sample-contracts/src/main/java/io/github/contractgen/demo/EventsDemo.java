package io.github.contractgen.demo;

import io.github.contractgen.runtime.events.AddressPattern;
import io.github.contractgen.runtime.events.IncomingMessage;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.sample.orders.OrdersEvents;
import io.github.contractgen.sample.orders.model.OrderPlaced;
import io.github.contractgen.sample.orders.model.OrderPlacedHeaders;
import io.github.contractgen.sample.orders.model.OrderShipped;
import io.github.contractgen.sample.orders.model.OrderQuote;
import io.github.contractgen.sample.orders.model.OrderShippedCarrier;
import io.github.contractgen.sample.orders.model.QuoteRequest;
import io.github.contractgen.sample.shopsensors.ShopSensorsEvents;
import io.github.contractgen.sample.shopsensors.model.ClearThreshold;
import io.github.contractgen.sample.shopsensors.model.SetThreshold;
import io.github.contractgen.sample.shopsensors.model.TemperatureReading;
import io.github.contractgen.sample.shopsensors.model.TemperatureReadingHeaders;
import io.github.contractgen.sample.shopsensors.model.ThresholdCommandPayload;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The events part of the demo, on the in-memory transport: the generated code publishes and consumes,
 * and a few lines over the transport play the application each AsyncAPI document describes.
 *
 * <p>The generated side is the counterpart of that application: for orders.yaml it asks for a quote
 * (request/reply), places orders and hears about shipments (the shop's front end); for shop-sensors.yaml it reports temperatures and takes
 * threshold commands (a sensor). Each service gets its own transport, as it would its own broker.
 */
final class EventsDemo {

    private static final JsonCodec JSON = JsonCodec.shared();
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-01-01T12:00:00Z");

    private EventsDemo() {}

    static void run(Observer observer, PrintStream out) throws InterruptedException {
        orders(observer, out);
        sensors(observer, out);
    }

    private static void orders(Observer observer, PrintStream out) throws InterruptedException {
        InMemoryTransport broker = InMemoryTransport.create();
        orderService(broker);
        List<String> shipped = new CopyOnWriteArrayList<>();
        CountDownLatch bothShipped = new CountDownLatch(2);
        try (OrdersEvents shop = OrdersEvents.builder().transport(broker).observer(observer).group("shop-front").build()) {
            shop.onAnnounceShipment((region, shipment, headers) -> {
                shipped.add(shipment.orderId() + " in " + region + " by " + shipment.carrier() + " (" + headers.source() + ")");
                bothShipped.countDown();
            });
            OrderQuote quote = shop.quoteRequest().request("eu", new QuoteRequest(101L, 3));
            out.println("events orders: quoted " + quote.quantity() + " of pet " + quote.petId() + " at " + quote.price());
            shop.orderPlaced().send("eu", "order-1", new OrderPlaced("order-1", 101L, 1, new BigDecimal("129.90"), NOON),
                    new OrderPlacedHeaders("demo-shop", null));
            shop.orderPlaced().sendAsync("us", "order-2", new OrderPlaced("order-2", 102L, 2, null, NOON)).join();
            await(bothShipped, "two shipments");
        }
        out.println("events orders: placed order-1 (eu) and order-2 (us); shipped " + shipped.stream().sorted().toList());
    }

    /**
     * The order service of orders.yaml: answers quote requests where their replyTo header says, with
     * the request's correlation id, and ships every order it receives, keyed and correlated as placed.
     */
    private static void orderService(InMemoryTransport broker) {
        broker.subscribe(SubscriptionSpec.of("shop.{region}.orders.quote", "order-service"), (IncomingMessage message) -> {
            QuoteRequest request = JSON.decode(message.payload(), JsonType.of(QuoteRequest.class));
            OrderQuote quote = new OrderQuote(request.petId(), request.quantity(),
                    new BigDecimal("42.50").multiply(BigDecimal.valueOf(request.quantity())));
            broker.send(new OutgoingMessage(message.headers().get("replyTo"), null,
                    Map.of("correlationId", message.headers().get("correlationId")), JSON.encode(quote),
                    "application/json", Map.of())).join();
        });
        AddressPattern placed = AddressPattern.of("shop.{region}.orders.placed");
        broker.subscribe(SubscriptionSpec.of(placed.template(), "order-service"), (IncomingMessage message) -> {
            OrderPlaced order = JSON.decode(message.payload(), JsonType.of(OrderPlaced.class));
            String region = message.parameters(placed).get("region");
            OrderShipped shipment = new OrderShipped(order.orderId(),
                    order.quantity() > 1 ? OrderShippedCarrier.COURIER : OrderShippedCarrier.POST, null);
            broker.send(new OutgoingMessage("shop." + region + ".orders.shipped",
                    order.orderId().getBytes(StandardCharsets.UTF_8),
                    Map.of("source", "order-service", "correlationId", message.headers().getOrDefault("correlationId", "")),
                    JSON.encode(shipment), "application/json", Map.of())).join();
        });
    }

    private static void sensors(Observer observer, PrintStream out) throws InterruptedException {
        InMemoryTransport broker = InMemoryTransport.create();
        monitor(broker);
        List<String> commands = new CopyOnWriteArrayList<>();
        CountDownLatch bothCommanded = new CountDownLatch(2);
        try (ShopSensorsEvents sensor = ShopSensorsEvents.builder().transport(broker).observer(observer).build()) {
            sensor.onSetThreshold((room, command, headers) -> {
                commands.add(room + ": " + describe(command));
                bothCommanded.countDown();
            });
            sensor.reportTemperature().send("storeroom", new TemperatureReading(27.5, NOON, 80L),
                    new TemperatureReadingHeaders("TS-100"));
            sensor.reportTemperature().send("shop-floor", new TemperatureReading(19.0, NOON, null));
            await(bothCommanded, "two threshold commands");
        }
        out.println("events sensors: reported storeroom 27.5 C and shop-floor 19.0 C; commanded "
                + commands.stream().sorted().toList());
    }

    /** The climate monitor of shop-sensors.yaml: warm rooms get an alarm threshold, others have it cleared. */
    private static void monitor(InMemoryTransport broker) {
        AddressPattern temperature = AddressPattern.of("shop/{room}/temperature");
        broker.subscribe(SubscriptionSpec.of(temperature.template(), "monitor"), (IncomingMessage message) -> {
            TemperatureReading reading = JSON.decode(message.payload(), JsonType.of(TemperatureReading.class));
            ThresholdCommandPayload command = reading.celsius() > 25 ? new SetThreshold(30.0) : new ClearThreshold();
            broker.send(OutgoingMessage.of("shop/" + message.parameters(temperature).get("room") + "/threshold",
                    JSON.encode(command), "application/json")).join();
        });
    }

    private static String describe(ThresholdCommandPayload command) {
        return command instanceof SetThreshold set ? "alarm above " + set.celsius() + " C" : "alarm cleared";
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the demo waited 60 s for " + what + " and " + latch.getCount() + " never came");
        }
    }
}
