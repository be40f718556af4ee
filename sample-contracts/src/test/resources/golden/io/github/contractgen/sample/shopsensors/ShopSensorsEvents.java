package io.github.contractgen.sample.shopsensors;

import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.AddressPattern;
import io.github.contractgen.runtime.events.DeadLetterHandler;
import io.github.contractgen.runtime.events.DeliveryPolicy;
import io.github.contractgen.runtime.events.EventClient;
import io.github.contractgen.runtime.events.EventTransport;
import io.github.contractgen.runtime.events.InMemoryTransport;
import io.github.contractgen.runtime.events.OutgoingMessage;
import io.github.contractgen.runtime.events.Subscription;
import io.github.contractgen.runtime.events.SubscriptionSpec;
import io.github.contractgen.runtime.json.JsonCodec;
import io.github.contractgen.runtime.json.JsonType;
import io.github.contractgen.runtime.observe.Observer;
import io.github.contractgen.sample.shopsensors.model.TemperatureReading;
import io.github.contractgen.sample.shopsensors.model.TemperatureReadingHeaders;
import io.github.contractgen.sample.shopsensors.model.ThresholdCommandPayload;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Producers and consumers for Shop Sensors, over a pluggable transport.
 *
 * <p>This side sends what the contract's application receives and receives what it sends. Handlers run on the transport's threads; a handler that throws (anything) is retried by the delivery policy and then handed to the dead-letter handler. A message that does not decode into the contract's types goes to the dead-letter handler at once, and the handler never sees it. Thread-safe; close it to stop.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/shop-sensors.yaml"
)
public final class ShopSensorsEvents implements AutoCloseable {
    private static final AddressPattern REPORT_TEMPERATURE_ADDRESS = AddressPattern.of("shop/{room}/temperature");

    private static final AddressPattern SET_THRESHOLD_ADDRESS = AddressPattern.of("shop/{room}/threshold");

    private final EventClient client;

    @Nullable
    private final String group;

    private final DeliveryPolicy policy;

    private final DeadLetterHandler deadLetters;

    /**
     * Encodes payloads, refusing one that lacks a required value, and decodes them: strictly, or leniently when built so.
     */
    private final JsonCodec codec;

    private final ReportTemperatureProducer reportTemperatureProducer = new ReportTemperatureProducer();

    private ShopSensorsEvents(EventClient client, @Nullable String group, DeliveryPolicy policy,
            DeadLetterHandler deadLetters, JsonCodec codec) {
        this.client = client;
        this.group = group;
        this.policy = policy;
        this.deadLetters = deadLetters;
        this.codec = codec;
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
     * A sensor reports a temperature reading to the monitor.
     *
     * <p>Sends on {@code shop/{room}/temperature} (the contract's operation {@code reportTemperature}, which its application receives).
     *
     * @return the sender of these messages; cheap to get, thread-safe
     */
    public ReportTemperatureProducer reportTemperature() {
        return reportTemperatureProducer;
    }

    /**
     * The monitor sets or clears a sensor's alarm threshold.
     *
     * <p>Receives from {@code shop/{room}/threshold} (the contract's operation {@code setThreshold}, which its application sends); close the subscription to stop.
     *
     * @param handler called for each message received
     * @return the subscription, open until closed
     */
    public Subscription onSetThreshold(SetThresholdHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return client.subscribe("setThreshold", spec("shop/{room}/threshold", null, Map.of("qos", "2", "retain", "false")), message -> {
            Map<String, String> values = SET_THRESHOLD_ADDRESS.parameters(message.address());
            ThresholdCommandPayload payload = message.decode("payload", m -> codec.decode(m.payload(), JsonType.of(ThresholdCommandPayload.class)));
            Map<String, String> headers = message.headers();
            handler.handle(values.get("room"), payload, headers);
        });
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

    private SubscriptionSpec spec(String address, @Nullable String fixedGroup,
            Map<String, String> bindings) {
        return SubscriptionSpec.of(address, fixedGroup != null ? fixedGroup : group).withPolicy(policy).withDeadLetters(deadLetters).withBindings(bindings);
    }

    /**
     * Sends the messages of operation {@code reportTemperature}. Thread-safe.
     */
    public final class ReportTemperatureProducer {
        private ReportTemperatureProducer() {
        }

        /**
         * Sends one message and waits until the broker has it.
         *
         * @param room The room the sensor is in
         * @param payload the message
         * @throws io.github.contractgen.runtime.TransportException when the broker did not take it
         */
        public void send(String room, TemperatureReading payload) {
            await(sendAsync(room, payload));
        }

        /**
         * Sends one message and waits until the broker has it.
         *
         * @param room The room the sensor is in
         * @param payload the message
         * @param headers the headers, or null for none
         * @throws io.github.contractgen.runtime.TransportException when the broker did not take it
         */
        public void send(String room, TemperatureReading payload,
                @Nullable TemperatureReadingHeaders headers) {
            await(sendAsync(room, payload, headers));
        }

        /**
         * Sends one message without headers; the future fails when the broker did not take it.
         *
         * @param room The room the sensor is in
         * @param payload the message
         * @return completes once the broker has the message
         */
        public CompletableFuture<Void> sendAsync(String room, TemperatureReading payload) {
            return sendAsync(room, payload, null);
        }

        /**
         * Sends one message; the future fails when the broker did not take it.
         *
         * @param room The room the sensor is in
         * @param payload the message
         * @param headers the headers, or null for none
         * @return completes once the broker has the message
         * @throws IllegalArgumentException when the payload lacks a value the contract requires, naming its JSON path: nothing is sent
         */
        public CompletableFuture<Void> sendAsync(String room, TemperatureReading payload,
                @Nullable TemperatureReadingHeaders headers) {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(room, "room");
            Map<String, String> values = Map.of("room", room);
            Map<String, String> text = headers == null ? Map.of() : encodeHeaders(headers, Set.of());
            OutgoingMessage message = new OutgoingMessage(REPORT_TEMPERATURE_ADDRESS.expand(values), null, text, codec.encode(payload, "operation 'reportTemperature' on 'shop/{room}/temperature', not sent"), "application/json", Map.of("qos", "1", "retain", "true"));
            return client.send("reportTemperature", "shop/{room}/temperature", message);
        }
    }

    /**
     * Handles the messages of operation {@code setThreshold}.
     */
    @FunctionalInterface
    public interface SetThresholdHandler {
        /**
         * Handles one message; returning acknowledges it, throwing asks for another attempt.
         *
         * @param room The room the sensor is in
         * @param payload the message, decoded
         * @param headers the message's headers, decoded
         * @throws Exception to have the message delivered again, as the delivery policy allows
         */
        void handle(String room, ThresholdCommandPayload payload, Map<String, String> headers)
                throws Exception;
    }

    /**
     * Configures a {@link ShopSensorsEvents}; not thread-safe, {@link #build()} validates.
     */
    public static final class Builder {
        private @Nullable EventTransport transport;

        private EventTransport. @Nullable Builder transportBuilder;

        private @Nullable TlsConfig tls;

        private boolean plaintext;

        private boolean allowCredentialsWithoutTls;

        private boolean lenientDecoding;

        private @Nullable String group;

        private @Nullable ShopSensorsConfig config;

        private Observer observer = Observer.NOOP;

        private DeliveryPolicy policy = DeliveryPolicy.defaults();

        private DeadLetterHandler deadLetters = DeadLetterHandler.LOG;

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
         * Settings from configuration ({@code ShopSensorsConfig.fromEnvironment()}: system properties, environment variables, the config file) for everything not set on this builder: the server, whose protocol picks the transport among those on the class path, its TLS and credentials, the consumer group. Read at {@link #build()}.
         *
         * @param config the settings for what this builder leaves unset
         * @return this builder
         */
        public Builder config(ShopSensorsConfig config) {
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
        public ShopSensorsEvents build() {
            String group = this.group != null || config == null ? this.group : config.group().orElse(null);
            return new ShopSensorsEvents(new EventClient(connect(), observer, "shopsensors"), group, policy, deadLetters, JsonCodec.of(lenientDecoding));
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
