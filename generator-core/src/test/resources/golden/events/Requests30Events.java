package golden.requests30;

import golden.requests30.model.Ping;
import golden.requests30.model.Pong;
import golden.requests30.model.Status;
import golden.requests30.model.StatusRequest;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.TransportException;
import io.github.contractgen.runtime.events.AddressPattern;
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
 * Producers and consumers for Light Requests, over a pluggable transport.
 *
 * <p>This side sends what the contract's application receives and receives what it sends. Handlers run on the transport's threads; a handler that throws (anything) is retried by the delivery policy and then handed to the dead-letter handler. A message that does not decode into the contract's types goes to the dead-letter handler at once, and the handler never sees it. Thread-safe; close it to stop.
 */
@Generated(
    value = "io.github.contractgen",
    comments = "contractgen test from requests-3.0.yaml"
)
public final class Requests30Events implements AutoCloseable {
  private static final AddressPattern RECEIVE_STATUS_REQUEST_ADDRESS = AddressPattern.of("lights/{lightId}/status");

  private static final AddressPattern RECEIVE_STATUS_REQUEST_REPLY_ADDRESS = AddressPattern.of("lights/{lightId}/status/reply");

  private static final AddressPattern SEND_STATUS_REQUEST_ADDRESS = AddressPattern.of("lights/{lightId}/status");

  private static final AddressPattern SEND_STATUS_REQUEST_REPLY_ADDRESS = AddressPattern.of("lights/{lightId}/status/reply");

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

  private final PingProducer pingProducer = new PingProducer();

  private final StatusRequestProducer statusRequestProducer = new StatusRequestProducer();

  private Requests30Events(EventClient client, @Nullable String group, DeliveryPolicy policy,
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
   * The hub answers a ping with a pong.
   *
   * <p>Sends on {@code pings} (the contract's operation {@code receivePing}, which its application receives).
   *
   * @return the sender of these messages; cheap to get, thread-safe
   */
  public PingProducer ping() {
    return pingProducer;
  }

  /**
   * A light answers a status request with its status.
   *
   * <p>Sends on {@code lights/{lightId}/status} (the contract's operation {@code receiveStatusRequest}, which its application receives).
   *
   * @return the sender of these messages; cheap to get, thread-safe
   */
  public StatusRequestProducer statusRequest() {
    return statusRequestProducer;
  }

  /**
   * The application pings the hub.
   *
   * <p>Receives the requests on {@code pings} (the contract's operation {@code sendPing}, which its application sends) and sends each handler's reply back; close the subscription to stop.
   *
   * @param handler called for each message received
   * @return the subscription, open until closed
   */
  public Subscription onPing(PingHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return client.subscribe("sendPing", spec("pings", null, Map.of()), message -> {
      Ping payload = message.decode("payload", m -> codec.decode(m.payload(), JsonType.of(Ping.class)));
      Map<String, String> headers = message.headers();
      Pong reply = Objects.requireNonNull(handler.handle(payload, headers), "the handler of operation 'sendPing' returned no reply");
      RequestSpec exchange = new RequestSpec("", "replyTo", "requestId", "inReplyTo", requestTimeout);
      await(client.reply("sendPing", "pings (reply)", message, new OutgoingMessage(exchange.replyAddress(), null, Map.of(),
            codec.encode(reply, "operation 'sendPing' on 'pings', not sent"), "application/json", Map.of()), exchange));
    });
  }

  /**
   * The application asks a light for its status.
   *
   * <p>Receives the requests on {@code lights/{lightId}/status} (the contract's operation {@code sendStatusRequest}, which its application sends) and sends each handler's reply back; close the subscription to stop.
   *
   * @param handler called for each message received
   * @return the subscription, open until closed
   */
  public Subscription onStatusRequest(StatusRequestHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return client.subscribe("sendStatusRequest", spec("lights/{lightId}/status", null, Map.of()), message -> {
      Map<String, String> values = SEND_STATUS_REQUEST_ADDRESS.parameters(message.address());
      StatusRequest payload = message.decode("payload", m -> codec.decode(m.payload(), JsonType.of(StatusRequest.class)));
      Map<String, String> headers = message.headers();
      Status reply = Objects.requireNonNull(handler.handle(values.get("lightId"), payload, headers), "the handler of operation 'sendStatusRequest' returned no reply");
      RequestSpec exchange = new RequestSpec(SEND_STATUS_REQUEST_REPLY_ADDRESS.expand(values), null, "correlationId", "correlationId", requestTimeout);
      await(client.reply("sendStatusRequest", "lights/{lightId}/status/reply", message, new OutgoingMessage(exchange.replyAddress(), null, Map.of(),
            codec.encode(reply, "operation 'sendStatusRequest' on 'lights/{lightId}/status', not sent"), "application/json", Map.of()), exchange));
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
   * Sends the requests of operation {@code receivePing} and waits for their replies. Thread-safe.
   */
  public final class PingProducer {
    private PingProducer() {
    }

    /**
     * Sends one request and waits for its reply, at most the builder's request timeout.
     *
     * @param payload the message
     * @return the reply
     * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
     * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
     */
    public Pong request(Ping payload) {
      return awaitReply(requestAsync(payload));
    }

    /**
     * Sends one request and waits for its reply, at most {@code timeout}.
     *
     * @param payload the message
     * @param headers the headers, or null for none; without a {@code requestId} entry, a new correlation id is sent in it
     * @param timeout how long to wait for the reply
     * @return the reply
     * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
     * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
     */
    public Pong request(Ping payload, @Nullable Map<String, String> headers, Duration timeout) {
      return awaitReply(requestAsync(payload, headers, timeout));
    }

    /**
     * Sends one request without headers; the future completes with the reply, or fails when none came within the builder's request timeout.
     *
     * @param payload the message
     * @return completes with the reply
     */
    public CompletableFuture<Pong> requestAsync(Ping payload) {
      return requestAsync(payload, null, requestTimeout);
    }

    /**
     * Sends one request; the future completes with the reply, or fails with a {@code ReplyTimeoutException} when none came within {@code timeout}.
     *
     * @param payload the message
     * @param headers the headers, or null for none; without a {@code requestId} entry, a new correlation id is sent in it
     * @param timeout how long to wait for the reply
     * @return completes with the reply
     */
    public CompletableFuture<Pong> requestAsync(Ping payload, @Nullable Map<String, String> headers,
        Duration timeout) {
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(timeout, "timeout");
      Map<String, String> text = headers == null ? Map.of() : encodeHeaders(headers, Set.of("requestId"));
      OutgoingMessage message = new OutgoingMessage("pings", null, text, codec.encode(payload, "operation 'receivePing' on 'pings', not sent"), "application/json", Map.of());
      RequestSpec exchange = new RequestSpec(client.inbox("receivePing"), "replyTo", "requestId", "inReplyTo", timeout);
      return client.request("receivePing", "pings", message, exchange)
            .thenApply(reply -> codec.decode(reply.payload(), JsonType.of(Pong.class)));
    }
  }

  /**
   * Sends the requests of operation {@code receiveStatusRequest} and waits for their replies. Thread-safe.
   */
  public final class StatusRequestProducer {
    private StatusRequestProducer() {
    }

    /**
     * Sends one request and waits for its reply, at most the builder's request timeout.
     *
     * @param lightId The light's id
     * @param payload the message
     * @return the reply
     * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
     * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
     */
    public Status request(String lightId, StatusRequest payload) {
      return awaitReply(requestAsync(lightId, payload));
    }

    /**
     * Sends one request and waits for its reply, at most {@code timeout}.
     *
     * @param lightId The light's id
     * @param payload the message
     * @param headers the headers, or null for none; without a {@code correlationId} entry, a new correlation id is sent in it
     * @param timeout how long to wait for the reply
     * @return the reply
     * @throws io.github.contractgen.runtime.events.ReplyTimeoutException when no reply came in time
     * @throws io.github.contractgen.runtime.TransportException when the request could not be sent
     */
    public Status request(String lightId, StatusRequest payload,
        @Nullable Map<String, String> headers, Duration timeout) {
      return awaitReply(requestAsync(lightId, payload, headers, timeout));
    }

    /**
     * Sends one request without headers; the future completes with the reply, or fails when none came within the builder's request timeout.
     *
     * @param lightId The light's id
     * @param payload the message
     * @return completes with the reply
     */
    public CompletableFuture<Status> requestAsync(String lightId, StatusRequest payload) {
      return requestAsync(lightId, payload, null, requestTimeout);
    }

    /**
     * Sends one request; the future completes with the reply, or fails with a {@code ReplyTimeoutException} when none came within {@code timeout}.
     *
     * @param lightId The light's id
     * @param payload the message
     * @param headers the headers, or null for none; without a {@code correlationId} entry, a new correlation id is sent in it
     * @param timeout how long to wait for the reply
     * @return completes with the reply
     */
    public CompletableFuture<Status> requestAsync(String lightId, StatusRequest payload,
        @Nullable Map<String, String> headers, Duration timeout) {
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(lightId, "lightId");
      Map<String, String> values = Map.of("lightId", lightId);
      Map<String, String> text = headers == null ? Map.of() : encodeHeaders(headers, Set.of("correlationId"));
      OutgoingMessage message = new OutgoingMessage(RECEIVE_STATUS_REQUEST_ADDRESS.expand(values), null, text, codec.encode(payload, "operation 'receiveStatusRequest' on 'lights/{lightId}/status', not sent"), "application/json", Map.of());
      RequestSpec exchange = new RequestSpec(RECEIVE_STATUS_REQUEST_REPLY_ADDRESS.expand(values), null, "correlationId", "correlationId", timeout);
      return client.request("receiveStatusRequest", "lights/{lightId}/status", message, exchange)
            .thenApply(reply -> codec.decode(reply.payload(), JsonType.of(Status.class)));
    }
  }

  /**
   * Answers the requests of operation {@code sendPing}.
   */
  @FunctionalInterface
  public interface PingHandler {
    /**
     * Answers one request; the reply returned is sent to the requester, throwing asks for another attempt.
     *
     * @param payload the message, decoded
     * @param headers the message's headers, decoded
     * @return the reply, never null
     * @throws Exception to have the message delivered again, as the delivery policy allows
     */
    Pong handle(Ping payload, Map<String, String> headers) throws Exception;
  }

  /**
   * Answers the requests of operation {@code sendStatusRequest}.
   */
  @FunctionalInterface
  public interface StatusRequestHandler {
    /**
     * Answers one request; the reply returned is sent to the requester, throwing asks for another attempt.
     *
     * @param lightId The light's id
     * @param payload the message, decoded
     * @param headers the message's headers, decoded
     * @return the reply, never null
     * @throws Exception to have the message delivered again, as the delivery policy allows
     */
    Status handle(String lightId, StatusRequest payload, Map<String, String> headers) throws
        Exception;
  }

  /**
   * Configures a {@link Requests30Events}; not thread-safe, {@link #build()} validates.
   */
  public static final class Builder {
    private @Nullable EventTransport transport;

    private EventTransport. @Nullable Builder transportBuilder;

    private @Nullable TlsConfig tls;

    private boolean plaintext;

    private boolean allowCredentialsWithoutTls;

    private boolean lenientDecoding;

    private @Nullable String group;

    private @Nullable Requests30Config config;

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
     * Settings from configuration ({@code Requests30Config.fromEnvironment()}: system properties, environment variables, the config file) for everything not set on this builder: the server, whose protocol picks the transport among those on the class path, its TLS and credentials, the consumer group. Read at {@link #build()}.
     *
     * @param config the settings for what this builder leaves unset
     * @return this builder
     */
    public Builder config(Requests30Config config) {
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
    public Requests30Events build() {
      String group = this.group != null || config == null ? this.group : config.group().orElse(null);
      return new Requests30Events(new EventClient(connect(), observer, "requests30"), group, policy, deadLetters, JsonCodec.of(lenientDecoding), requestTimeout);
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
