package io.github.contractgen.sample.orders;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.AddressPattern;
import io.github.contractgen.runtime.events.CorrelationIds;
import io.github.contractgen.runtime.events.DeadLetterHandler;
import io.github.contractgen.runtime.events.DeliveryPolicy;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.RequestSpec;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.sample.orders.model.OrderPlaced;
import io.github.contractgen.sample.orders.model.OrderPlacedHeaders;
import io.github.contractgen.sample.orders.model.OrderQuote;
import io.github.contractgen.sample.orders.model.OrderShipped;
import io.github.contractgen.sample.orders.model.OrderShippedHeaders;
import io.github.contractgen.sample.orders.model.QuoteRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Producers and consumers for Order Events, over a pluggable transport.
 *
 * <p>This side sends what the contract's application receives and receives what it sends. Handlers run on the transport's threads; a handler that throws (anything) is retried by the delivery policy and then handed to the dead-letter handler. A message that does not decode into the contract's types goes to the dead-letter handler at once, and the handler never sees it. Thread-safe; close it to stop.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/orders.yaml"
)
public final class OrdersEvents implements AutoCloseable {
    private static final AddressPattern ANNOUNCE_SHIPMENT_ADDRESS = AddressPattern.of("shop.{region}.orders.shipped");

    private static final AddressPattern RECEIVE_ORDER_ADDRESS = AddressPattern.of("shop.{region}.orders.placed");

    private static final AddressPattern RECEIVE_QUOTE_REQUEST_ADDRESS = AddressPattern.of("shop.{region}.orders.quote");

    private static final Set<String> REGION_VALUES = Set.of("eu", "us");

    private final EventClient client;

    @Nullable
    private final String group;

    private final DeliveryPolicy policy;

    private final DeadLetterHandler deadLetters;

    /**
     * Encodes payloads, refusing one that lacks a required value, and decodes them: strictly, or leniently when built so.
     */
    private final JsonCodec codec;

    private final Duration requestTimeout;

    private final OrderPlacedProducer orderPlacedProducer = new OrderPlacedProducer();

    private final QuoteRequestProducer quoteRequestProducer = new QuoteRequestProducer();

    private OrdersEvents(EventClient client, @Nullable String group, DeliveryPolicy policy,
            DeadLetterHandler deadLetters, JsonCodec codec, Duration requestTimeout) {
        this.client = client;
        this.group = group;
        this.policy = policy;
        this.deadLetters = deadLetters;
        this.codec = codec;
        this.requestTimeout = requestTimeout;
    }

    /**
     * A builder: TLS by default; the in-memory transport unless a transport or config is set.
     *
     * @return a builder with nothing set yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The order service announces that an order has shipped.
     *
     * <p>Receives from {@code shop.{region}.orders.shipped} (the contract's operation {@code announceShipment}, which its application sends); close the subscription to stop.
     *
     * @param handler called for each message received
     * @return the subscription, open until closed
     */
    public Subscription onAnnounceShipment(AnnounceShipmentHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return client.subscribe("announceShipment", spec("shop.{region}.orders.shipped", null, Map.of()), message -> {
            Map<String, String> values = ANNOUNCE_SHIPMENT_ADDRESS.parameters(message.address());
            OrderShipped payload = message.decode("payload", m -> codec.decode(m.payload(), JsonType.of(OrderShipped.class)));
            OrderShippedHeaders headers = message.decode("headers", m -> decodeHeaders(m.headers(), JsonType.of(OrderShippedHeaders.class)));
            handler.handle(values.get("region"), payload, headers);
        });
    }

    /**
     * The order service takes in an order a customer placed.
     *
     * <p>Sends on {@code shop.{region}.orders.placed} (the contract's operation {@code receiveOrder}, which its application receives).
     *
     * @return the sender of these messages; cheap to get, thread-safe
     */
    public OrderPlacedProducer orderPlaced() {
        return orderPlacedProducer;
    }

    /**
     * The order service prices a prospective order and replies with a quote.
     *
     * <p>Sends on {@code shop.{region}.orders.quote} (the contract's operation {@code receiveQuoteRequest}, which its application receives).
     *
     * @return the sender of these messages; cheap to get, thread-safe
     */
    public QuoteRequestProducer quoteRequest() {
        return quoteRequestProducer;
    }

    /**
     * Closes every subscription (draining messages in flight), then the transport.
     */
    @Override
    public void close() {
        client.close();
    }

    /**
     * The headers as text, one value per property (objects as JSON); a new map the caller may add to.
     * A required header that is null is refused, but for those in {@code filledLater}: the caller fills them in.
     */
    private static Map<String, String> encodeHeaders(Object headers, Set<String> filledLater) {
        Map<String, String> text = new LinkedHashMap<>();
        JsonCodec codec = JsonCodec.shared();
        Map<String, Object> values = codec.decode(codec.encodeFilledLater(headers, filledLater), JsonType.mapOf(JsonType.of(Object.class)));
        values.forEach((name, value) -> text.put(name, value instanceof String s ? s : codec.encodeToString(value)));
        return text;
    }

    private static <T> T decodeHeaders(Map<String, String> headers, JsonType<T> type) {
        JsonCodec codec = JsonCodec.shared();
        return codec.decode(codec.encode(headers), type);
    }

    /**
     * Waits for a send; broker errors are rethrown as they are.
     */
    private static void await(CompletableFuture<Void> sent) {
        try {
            sent.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new TransportException("send failed", e.getCause());
        }
    }

    /**
     * Waits for a reply; a missing reply or broker error is rethrown as it is.
     */
    private static <T> T awaitReply(CompletableFuture<T> reply) {
        try {
            return reply.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new TransportException("request failed", e.getCause());
        }
    }

    private SubscriptionSpec spec(String address, @Nullable String fixedGroup,
            Map<String, String> bindings) {
        return SubscriptionSpec.of(address, fixedGroup != null ? fixedGroup : group).withPolicy(policy).withDeadLetters(deadLetters).withBindings(bindings);
    }

    /**
     * Handles the messages of operation {@code announceShipment}.
     */
    @FunctionalInterface
    public interface AnnounceShipmentHandler {
        /**
         * Handles one message; returning acknowledges it, throwing asks for another attempt.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param payload the message, decoded
         * @param headers the message's headers, decoded
         * @throws Exception to have the message delivered again, as the delivery policy allows
         */
        void handle(String region, OrderShipped payload, OrderShippedHeaders headers) throws
                Exception;
    }

    /**
     * Sends the messages of operation {@code receiveOrder}. Thread-safe.
     */
    public final class OrderPlacedProducer {
        private OrderPlacedProducer() {
        }

        /**
         * Sends one message and waits until the broker has it.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param key the message key, as the contract's Kafka binding declares it: messages with one key keep their order; null for none
         * @param payload the message
         * @throws io.github.contractgen.runtime.TransportException when the broker did not take it
         */
        public void send(String region, @Nullable String key, OrderPlaced payload) {
            await(sendAsync(region, key, payload));
        }

        /**
         * Sends one message and waits until the broker has it.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param key the message key, as the contract's Kafka binding declares it: messages with one key keep their order; null for none
         * @param payload the message
         * @param headers the headers, or null for none; a null {@code correlationId}, even where the contract requires it, is sent as a new correlation id
         * @throws io.github.contractgen.runtime.TransportException when the broker did not take it
         */
        public void send(String region, @Nullable String key, OrderPlaced payload,
                @Nullable OrderPlacedHeaders headers) {
            await(sendAsync(region, key, payload, headers));
        }

        /**
         * Sends one message without headers; the future fails when the broker did not take it.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param key the message key, as the contract's Kafka binding declares it: messages with one key keep their order; null for none
         * @param payload the message
         * @return completes once the broker has the message
         */
        public CompletableFuture<Void> sendAsync(String region, @Nullable String key,
                OrderPlaced payload) {
            return sendAsync(region, key, payload, null);
        }

        /**
         * Sends one message; the future fails when the broker did not take it.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param key the message key, as the contract's Kafka binding declares it: messages with one key keep their order; null for none
         * @param payload the message
         * @param headers the headers, or null for none; a null {@code correlationId}, even where the contract requires it, is sent as a new correlation id
         * @return completes once the broker has the message
         * @throws IllegalArgumentException when the payload lacks a value the contract requires, naming its JSON path: nothing is sent
         */
        public CompletableFuture<Void> sendAsync(String region, @Nullable String key,
                OrderPlaced payload, @Nullable OrderPlacedHeaders headers) {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(region, "region");
            if (!REGION_VALUES.contains(region)) {
                throw new IllegalArgumentException("region must be one of eu, us, was " + region);
            }
            Map<String, String> values = Map.of("region", region);
            Map<String, String> text;
            if (headers == null) {
                text = Map.of("correlationId", CorrelationIds.next());
            } else {
                text = encodeHeaders(headers, Set.of("correlationId"));
                text.putIfAbsent("correlationId", CorrelationIds.next());
            }
            OutgoingMessage message = new OutgoingMessage(RECEIVE_ORDER_ADDRESS.expand(values), key == null ? null : key.getBytes(StandardCharsets.UTF_8), text, codec.encode(payload, "operation 'receiveOrder' on 'shop.{region}.orders.placed', not sent"), "application/json", Map.of());
            return client.send("receiveOrder", "shop.{region}.orders.placed", message);
        }
    }

    /**
     * Sends the requests of operation {@code receiveQuoteRequest} and waits for their replies. Thread-safe.
     */
    public final class QuoteRequestProducer {
        private QuoteRequestProducer() {
        }

        /**
         * Sends one request and waits for its reply, at most the builder's request timeout.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param payload the message
         * @return the reply
         * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
         * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
         */
        public OrderQuote request(String region, QuoteRequest payload) {
            return awaitReply(requestAsync(region, payload));
        }

        /**
         * Sends one request and waits for its reply, at most {@code timeout}.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param payload the message
         * @param headers the headers, or null for none; without a {@code correlationId} entry, a new correlation id is sent in it
         * @param timeout how long to wait for the reply
         * @return the reply
         * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
         * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
         */
        public OrderQuote request(String region, QuoteRequest payload,
                @Nullable Map<String, String> headers, Duration timeout) {
            return awaitReply(requestAsync(region, payload, headers, timeout));
        }

        /**
         * Sends one request without headers; the future completes with the reply, or fails when none came within the builder's request timeout.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param payload the message
         * @return completes with the reply
         */
        public CompletableFuture<OrderQuote> requestAsync(String region, QuoteRequest payload) {
            return requestAsync(region, payload, null, requestTimeout);
        }

        /**
         * Sends one request; the future completes with the reply, or fails with a {@code ReplyTimeoutException} when none came within {@code timeout}.
         *
         * @param region The region the order belongs to; one of {@code eu}, {@code us}
         * @param payload the message
         * @param headers the headers, or null for none; without a {@code correlationId} entry, a new correlation id is sent in it
         * @param timeout how long to wait for the reply
         * @return completes with the reply
         */
        public CompletableFuture<OrderQuote> requestAsync(String region, QuoteRequest payload,
                @Nullable Map<String, String> headers, Duration timeout) {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(region, "region");
            if (!REGION_VALUES.contains(region)) {
                throw new IllegalArgumentException("region must be one of eu, us, was " + region);
            }
            Map<String, String> values = Map.of("region", region);
            Map<String, String> text = headers == null ? Map.of() : encodeHeaders(headers, Set.of("correlationId"));
            OutgoingMessage message = new OutgoingMessage(RECEIVE_QUOTE_REQUEST_ADDRESS.expand(values), null, text, codec.encode(payload, "operation 'receiveQuoteRequest' on 'shop.{region}.orders.quote', not sent"), "application/json", Map.of());
            RequestSpec exchange = new RequestSpec(client.inbox("receiveQuoteRequest"), "replyTo", "correlationId", "correlationId", timeout);
            return client.request("receiveQuoteRequest", "shop.{region}.orders.quote", message, exchange)
                        .thenApply(reply -> codec.decode(reply.payload(), JsonType.of(OrderQuote.class)));
        }
    }

    /**
     * Configures a {@link OrdersEvents}; not thread-safe, {@link #build()} validates.
     */
    public static final class Builder {
        private @Nullable EventTransport transport;

        private EventTransport. @Nullable Builder transportBuilder;

        private @Nullable TlsConfig tls;

        private boolean plaintext;

        private boolean allowCredentialsWithoutTls;

        private boolean lenientDecoding;

        private @Nullable String group;

        private @Nullable OrdersConfig config;

        private Observer observer = Observer.NOOP;

        private DeliveryPolicy policy = DeliveryPolicy.defaults();

        private DeadLetterHandler deadLetters = DeadLetterHandler.LOG;

        private Duration requestTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * A transport already built, e.g. one shared with other services; defaults to the config's server, or without {@link #config} a new in-memory transport. A built transport keeps its own TLS settings.
         *
         * @param transport the transport, which the client closes with itself
         * @return this builder
         */
        public Builder transport(EventTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * A transport to build, e.g. {@code KafkaTransport.bootstrap("broker:9093")}; {@link #tls}, or the JVM's trust store unless {@link #plaintext()} is called, is applied to it.
         *
         * @param transport the transport, not yet built
         * @return this builder
         */
        public Builder transport(EventTransport.Builder transport) {
            this.transportBuilder = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * TLS for the broker connection, applied to the transport builder or the config's; defaults to the JVM's trust store (for a config's server: TLS unless the contract declares the server without it).
         *
         * @param tls the trust and identity of the broker connection
         * @return this builder
         */
        public Builder tls(TlsConfig tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * No TLS: for a broker without it (local development, tests), never across a network; credentials would travel in clear. Without this call a transport builder gets TLS.
         *
         * @return this builder
         */
        public Builder plaintext() {
            this.plaintext = true;
            return this;
        }

        /**
         * Lets the broker login (the config's credentials, or the transport builder's) go without TLS to a broker that is not loopback, for a network trusted end to end; without it {@link #build()} refuses such a login, naming the broker. To {@code 127.0.0.1}, {@code ::1} or {@code localhost} a login without TLS is always allowed. A builder setting on purpose, not a configuration key: a deployment cannot downgrade it. A built {@link #transport(EventTransport)} made its own choice.
         *
         * @return this builder
         */
        public Builder allowCredentialsWithoutTls() {
            this.allowCredentialsWithoutTls = true;
            return this;
        }

        /**
         * Settings from configuration ({@code OrdersConfig.fromEnvironment()}: system properties, environment variables, the config file) for everything not set on this builder: the server, whose protocol picks the transport among those on the class path, its TLS and credentials, the consumer group. Read at {@link #build()}.
         *
         * @param config the settings for what this builder leaves unset
         * @return this builder
         */
        public Builder config(OrdersConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Monitoring hooks called for every send and every received message; defaults to none.
         *
         * @param observer receives the events of every send and receipt
         * @return this builder
         */
        public Builder observer(Observer observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The consumer group of the handlers, unless the contract fixes one; defaults to none (each subscription gets every message; Kafka needs a group).
         *
         * @param group the group's name
         * @return this builder
         */
        public Builder group(String group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /**
         * How often a failing handler is retried, with which backoff, and how long closing waits for a running handler before interrupting it ({@code closeGrace}); defaults to {@code DeliveryPolicy.defaults()}.
         *
         * @param deliveryPolicy the attempts and backoff of each message
         * @return this builder
         */
        public Builder deliveryPolicy(DeliveryPolicy deliveryPolicy) {
            this.policy = Objects.requireNonNull(deliveryPolicy, "deliveryPolicy");
            return this;
        }

        /**
         * Where a message goes after its handler failed on every attempt; defaults to logging it.
         *
         * @param deadLetters receives each message its handler gave up on
         * @return this builder
         */
        public Builder deadLetters(DeadLetterHandler deadLetters) {
            this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
            return this;
        }

        /**
         * How long a request waits for its reply unless the call says otherwise; defaults to 30 seconds.
         *
         * @param requestTimeout the longest wait, positive
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * For a producer known to break its own contract: a required value that is absent or {@code null} in a received payload decodes as {@code null} instead of failing (by default the message goes to the dead-letter handler), so the record's accessor may return null. Numbers are checked as strictly as ever, and a primitive component still needs its value. Sending is never lenient: a payload that lacks a required value is refused before it is sent.
         *
         * @return this builder
         */
        public Builder lenientDecoding() {
            this.lenientDecoding = true;
            return this;
        }

        /**
         * A new events client, connected through the transport.
         *
         * @return the client; closing it closes the transport
         * @throws IllegalStateException naming the setting that cannot be honoured
         * @throws io.github.contractgen.runtime.config.ConfigException naming the configuration key that is missing or invalid
         */
        public OrdersEvents build() {
            String group = this.group != null || config == null ? this.group : config.group().orElse(null);
            return new OrdersEvents(new EventClient(connect(), observer, "orders"), group, policy, deadLetters, JsonCodec.of(lenientDecoding), requestTimeout);
        }

        /**
         * The transport given, else one built from the transport builder or the config, with TLS unless {@link #plaintext()} was chosen, else a new in-memory transport.
         */
        private EventTransport connect() {
            if (tls != null && plaintext) {
                throw new IllegalStateException("tls and plaintext: choose one");
            }
            if (transport != null) {
                if (tls != null || plaintext) {
                    throw new IllegalStateException((plaintext ? "plaintext" : "tls") + ": a built transport keeps its own settings; set it as a builder (e.g. KafkaTransport.bootstrap(...))");
                }
                return transport;
            }
            if (transportBuilder != null) {
                EventTransport.Builder chosen = plaintext ? transportBuilder.plaintext() : transportBuilder.tls(tls != null ? tls : TlsConfig.systemDefault());
                return (allowCredentialsWithoutTls ? chosen.allowCredentialsWithoutTls() : chosen).build();
            }
            if (config != null) {
                EventTransport.Builder configured = config.transport();
                if (plaintext) {
                    configured.plaintext();
                } else if (tls != null) {
                    configured.tls(tls);
                }
                return (allowCredentialsWithoutTls ? configured.allowCredentialsWithoutTls() : configured).build();
            }
            if (tls != null || plaintext) {
                throw new IllegalStateException((plaintext ? "plaintext" : "tls") + ": set the transport as a builder (e.g. KafkaTransport.bootstrap(...)) or config(...) so that it can be applied");
            }
            return InMemoryTransport.create();
        }
    }
}
