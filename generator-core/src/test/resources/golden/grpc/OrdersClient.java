package io.github.contractgen.test.features;

import com.google.protobuf.Empty;
import io.github.contractgen.runtime.TlsConfig;
import io.github.contractgen.runtime.grpc.GrpcBlockingCalls;
import io.github.contractgen.runtime.grpc.GrpcCalls;
import io.github.contractgen.runtime.grpc.GrpcChannels;
import io.github.contractgen.runtime.grpc.GrpcRetryPolicy;
import io.github.contractgen.runtime.observe.Observer;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The client of {@code contractgen.test.features.Orders}.
 *
 * <p>Takes and tracks orders.
 *
 * <p>Second paragraph.
 *
 * <p>Immutable and thread-safe: build one with {@link #builder()} and share it. Calls block until they end; {@link #async()} offers the same calls asynchronously. Failures are {@link OrdersException}s carrying the gRPC status and trailers. Close the client to shut its channel down.
 */
@Generated(
    value = "io.github.contractgen",
    comments = "contractgen dev from features/proto3_features.proto"
)
public final class OrdersClient implements AutoCloseable {
  /**
   * The options of every call: failures are {@link OrdersException}s.
   */
  private static final CallOptions DEFAULT_OPTIONS = GrpcCalls.throwing(CallOptions.DEFAULT, OrdersException::new);

  private final ManagedChannel channel;

  private final Channel calls;

  /**
   * Each call's own deadline, or null for the channel's default (unary calls only).
   */
  private final @Nullable Duration deadline;

  private final OrdersAsyncClient async;

  private OrdersClient(ManagedChannel channel, Channel calls, @Nullable Duration deadline) {
    this.channel = channel;
    this.calls = calls;
    this.deadline = deadline;
    this.async = new OrdersAsyncClient(calls, deadline);
  }

  /**
   * A builder for a new client.
   *
   * @return a builder with nothing set yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same calls, asynchronous: futures and {@link Flow.Publisher} publishers; shares this client's channel, deadline and metadata.
   *
   * @return the asynchronous client
   */
  public OrdersAsyncClient async() {
    return async;
  }

  /**
   * A client whose calls, streams included, each get {@code deadline} from their start (a publisher's start is its subscription), retries and their backoff included; it shares this client's channel.
   *
   * @param deadline how long each call may take, positive
   * @return a client with that deadline
   */
  public OrdersClient withDeadline(Duration deadline) {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, was " + deadline);
    }
    return new OrdersClient(channel, calls, deadline);
  }

  /**
   * A client that sends {@code headers} with every call, besides those set before; it shares this client's channel.
   *
   * @param headers the metadata to send
   * @return a client that sends it
   */
  public OrdersClient withMetadata(Metadata headers) {
    Objects.requireNonNull(headers, "headers");
    return new OrdersClient(channel, ClientInterceptors.intercept(calls, MetadataUtils.newAttachHeadersInterceptor(headers)), deadline);
  }

  /**
   * Fetches one order.
   *
   * @param request the message to send
   * @return the answer
   * @throws OrdersException when the call ends with a status other than OK
   */
  public Proto3Features.Order getOrder(Proto3Features.OrderRequest request) {
    return GrpcCalls.unary(calls, OrdersGrpc.getGetOrderMethod(), options(), request);
  }

  /**
   * Streams the lines of an order.
   *
   * @param request the message to send
   * @return the answers as they arrive; close the stream to cancel the call early
   * @throws OrdersException when the call ends with a status other than OK
   */
  public Stream<Proto3Features.Order.Line> streamLines(Proto3Features.OrderRequest request) {
    return GrpcBlockingCalls.serverStreaming(calls, OrdersGrpc.getStreamLinesMethod(), options(), request);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Upload}.
   *
   * @param requests the messages to send, read as gRPC can send them
   * @return the answer
   * @throws OrdersException when the call ends with a status other than OK
   */
  public Proto3Features.Order upload(Iterable<? extends Proto3Features.Order.Line> requests) {
    return GrpcBlockingCalls.clientStreaming(calls, OrdersGrpc.getUploadMethod(), options(), requests);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Chat}.
   *
   * @param requests the messages to send, read as gRPC can send them
   * @return the answers as they arrive; close the stream to cancel the call early
   * @throws OrdersException when the call ends with a status other than OK
   */
  public Stream<Proto3Features.Order.Line.Discount> chat(
      Iterable<? extends Proto3Features.Order.Line.Discount> requests) {
    return GrpcBlockingCalls.bidiStreaming(calls, OrdersGrpc.getChatMethod(), options(), requests);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Ping}.
   *
   * @param request the message to send
   * @return the answer
   * @throws OrdersException when the call ends with a status other than OK
   * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
   */
  @Deprecated
  public Empty ping(Empty request) {
    return GrpcCalls.unary(calls, OrdersGrpc.getPingMethod(), options(), request);
  }

  /**
   * Shuts the channel down, which every copy made with {@code with...} shares; calls under way may finish, new calls fail.
   */
  @Override
  public void close() {
    channel.shutdown();
  }

  private CallOptions options() {
    return deadline == null ? DEFAULT_OPTIONS : GrpcCalls.deadlineAfterStart(DEFAULT_OPTIONS, deadline);
  }

  /**
   * Configures a {@link OrdersClient}; not thread-safe, {@link #build()} validates.
   */
  public static final class Builder {
    private String target;

    private @Nullable TlsConfig tls;

    private boolean plaintext;

    private Observer observer = Observer.NOOP;

    private @Nullable Duration deadline;

    private @Nullable Duration keepAliveTime;

    private @Nullable Duration keepAliveTimeout;

    private @Nullable OrdersConfig config;

    private GrpcRetryPolicy retryPolicy = GrpcRetryPolicy.builder().methods(OrdersGrpc.getServiceDescriptor().getMethods()).build();

    private Builder() {
    }

    /**
     * The server: {@code host:port} or a gRPC target URI such as {@code dns:///host:443}. Required.
     *
     * @param target where the client connects
     * @return this builder
     */
    public Builder target(String target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /**
     * TLS trust and client identity, e.g. {@code TlsConfig.fromPem(chain, key, caBundle)} for mTLS; defaults to the system trust store.
     *
     * @param tls the trust and identity of the connection
     * @return this builder
     */
    public Builder tls(TlsConfig tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      this.plaintext = false;
      return this;
    }

    /**
     * No TLS at all: for a sidecar or a test on loopback, never across a network.
     *
     * @return this builder
     */
    public Builder plaintext() {
      this.plaintext = true;
      this.tls = null;
      return this;
    }

    /**
     * Monitoring hooks called once per call and per attempt; defaults to none.
     *
     * @param observer receives the events of every call
     * @return this builder
     */
    public Builder observer(Observer observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * The deadline of each unary call that sets none itself (see {@link OrdersClient#withDeadline}), counted from its start; it bounds the whole call, retries and their backoff included. Streams have none by default.
     *
     * @param deadline how long a unary call may take, positive
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Pings a connection that has calls open but received nothing for {@code time}, and drops it when no answer comes within {@code timeout}: a dead peer or a silently dropped connection (a NAT or load balancer forgetting it) then fails the calls instead of leaving them hanging. gRPC sends pings at most every ten seconds; the server must permit the rate. Off by default.
     *
     * @param time the idle time before a ping, positive
     * @param timeout how long to wait for the answer, positive
     * @return this builder
     */
    public Builder keepAlive(Duration time, Duration timeout) {
      this.keepAliveTime = Objects.requireNonNull(time, "time");
      this.keepAliveTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * When failed calls are tried again; only methods the contract marks {@code NO_SIDE_EFFECTS} or {@code IDEMPOTENT} ever are. Defaults to {@code GrpcRetryPolicy}'s defaults for those methods. REST clients have the same {@code retryPolicy}; event clients' {@code deliveryPolicy} is another thing, the redelivery of a message a handler failed on.
     *
     * @param retryPolicy which failures are tried again, how often and after what pause
     * @return this builder
     */
    public Builder retryPolicy(GrpcRetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Settings from configuration ({@code OrdersConfig.fromEnvironment()}: system properties, environment variables, the config file) for everything not set on this builder: target, TLS or plaintext, deadline, keep-alive. Read at {@link #build()}.
     *
     * @param config the settings for what this builder leaves unset
     * @return this builder
     */
    public Builder config(OrdersConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * A new client with a channel of its own.
     *
     * @return the client; closing it shuts the channel down
     * @throws IllegalStateException when no target is set
     * @throws IllegalArgumentException when a keep-alive duration is not positive
     * @throws io.github.contractgen.runtime.config.ConfigException naming the configuration key that is missing or invalid
     */
    public OrdersClient build() {
      String target = this.target;
      TlsConfig tls = this.tls;
      boolean plaintext = this.plaintext;
      Duration deadline = this.deadline;
      if (config != null) {
        target = target != null ? target : config.target();
        if (tls == null && !plaintext) {
          plaintext = config.plaintext();
          tls = plaintext ? null : config.tls().orElse(null);
        }
        deadline = deadline != null ? deadline : config.deadline().orElse(null);
      }
      if (target == null) {
        throw new IllegalStateException("target is not set: call target(\"host:port\") or config(...) before build()");
      }
      GrpcChannels.Builder channel = GrpcChannels.forTarget(target).observer(observer).retryPolicy(retryPolicy);
      if (plaintext) {
        channel.plaintext();
      } else if (tls != null) {
        channel.tls(tls);
      }
      if (deadline != null) {
        channel.defaultDeadline(deadline);
      }
      applyKeepAlive(channel);
      ManagedChannel built = channel.build();
      return new OrdersClient(built, built, null);
    }

    private void applyKeepAlive(GrpcChannels.Builder channel) {
      Duration time = keepAliveTime;
      Duration timeout = keepAliveTimeout;
      if (time == null && config != null) {
        time = config.keepAliveTime().orElse(null);
        timeout = config.keepAliveTimeout().orElse(Duration.ofSeconds(20));
      }
      if (time != null) {
        channel.keepAlive(time, timeout);
      }
    }
  }
}
