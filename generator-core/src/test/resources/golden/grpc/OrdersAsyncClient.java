package io.github.contractgen.test.features;

import com.google.protobuf.Empty;
import io.github.contractgen.runtime.grpc.GrpcCalls;
import io.grpc.CallOptions;
import io.grpc.Channel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous client of {@code contractgen.test.features.Orders}: futures for single answers, {@link Flow.Publisher} publishers for streams.
 *
 * <p>Immutable and thread-safe; get it from {@link OrdersClient#async()}, whose channel, deadline and metadata it shares. Cancelling a future or a subscription cancels the call. Failures are {@link OrdersException}s.
 */
@Generated(
    value = "io.github.contractgen",
    comments = "contractgen dev from features/proto3_features.proto"
)
public final class OrdersAsyncClient {
  /**
   * The options of every call: failures are {@link OrdersException}s.
   */
  private static final CallOptions DEFAULT_OPTIONS = GrpcCalls.throwing(CallOptions.DEFAULT, OrdersException::new);

  private final Channel calls;

  /**
   * Each call's own deadline, or null for the channel's default (unary calls only).
   */
  private final @Nullable Duration deadline;

  OrdersAsyncClient(Channel calls, @Nullable Duration deadline) {
    this.calls = calls;
    this.deadline = deadline;
  }

  /**
   * Fetches one order.
   *
   * @param request the message to send
   * @return the answer; the future fails with {@link OrdersException}
   */
  public CompletableFuture<Proto3Features.Order> getOrder(Proto3Features.OrderRequest request) {
    return GrpcCalls.unaryAsync(calls, OrdersGrpc.getGetOrderMethod(), options(), request);
  }

  /**
   * Streams the lines of an order.
   *
   * @param request the message to send
   * @return the answers; the call starts when it is subscribed to, and fails with {@link OrdersException}
   */
  public Flow.Publisher<Proto3Features.Order.Line> streamLines(
      Proto3Features.OrderRequest request) {
    return GrpcCalls.serverStreaming(calls, OrdersGrpc.getStreamLinesMethod(), options(), request);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Upload}.
   *
   * @param requests the messages to send, subscribed to once the call has started; one is asked for whenever gRPC can send it
   * @return the answer; the future fails with {@link OrdersException}
   */
  public CompletableFuture<Proto3Features.Order> upload(
      Flow.Publisher<Proto3Features.Order.Line> requests) {
    return GrpcCalls.clientStreaming(calls, OrdersGrpc.getUploadMethod(), options(), requests);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Chat}.
   *
   * @param requests the messages to send, subscribed to once the call has started; one is asked for whenever gRPC can send it
   * @return the answers; the call starts when it is subscribed to, and fails with {@link OrdersException}
   */
  public Flow.Publisher<Proto3Features.Order.Line.Discount> chat(
      Flow.Publisher<Proto3Features.Order.Line.Discount> requests) {
    return GrpcCalls.bidiStreaming(calls, OrdersGrpc.getChatMethod(), options(), requests);
  }

  /**
   * Calls {@code contractgen.test.features.Orders/Ping}.
   *
   * @param request the message to send
   * @return the answer; the future fails with {@link OrdersException}
   * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
   */
  @Deprecated
  public CompletableFuture<Empty> ping(Empty request) {
    return GrpcCalls.unaryAsync(calls, OrdersGrpc.getPingMethod(), options(), request);
  }

  private CallOptions options() {
    return deadline == null ? DEFAULT_OPTIONS : GrpcCalls.deadlineAfterStart(DEFAULT_OPTIONS, deadline);
  }
}
