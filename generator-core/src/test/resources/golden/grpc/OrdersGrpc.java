package io.github.contractgen.test.features;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Empty;
import io.grpc.BindableService;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.protobuf.ProtoFileDescriptorSupplier;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.AbstractAsyncStub;
import io.grpc.stub.AbstractBlockingStub;
import io.grpc.stub.AbstractFutureStub;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.grpc.stub.annotations.GrpcGenerated;
import io.grpc.stub.annotations.RpcMethod;
import java.util.Iterator;
import javax.annotation.processing.Generated;

/**
 * The gRPC service code of {@code contractgen.test.features.Orders}: method descriptors, stubs and the server base.
 *
 * <p>Takes and tracks orders.
 *
 * <p>Second paragraph.
 *
 * <p>Equivalent to, and interchangeable with, what protoc-gen-grpc-java writes. Most callers want the typed client facade instead.
 */
@Generated(
    value = "io.github.contractgen",
    comments = "contractgen dev from features/proto3_features.proto"
)
@GrpcGenerated
public final class OrdersGrpc {
  /**
   * The service's full proto name, as gRPC puts it on the wire.
   */
  public static final String SERVICE_NAME = "contractgen.test.features.Orders";

  private static final MethodDescriptor<Proto3Features.OrderRequest, Proto3Features.Order> getOrderMethod = MethodDescriptor.<Proto3Features.OrderRequest, Proto3Features.Order>newBuilder()
      .setType(MethodDescriptor.MethodType.UNARY)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "GetOrder"))
      .setSampledToLocalTracing(true)
      .setRequestMarshaller(ProtoUtils.marshaller(Proto3Features.OrderRequest.getDefaultInstance()))
      .setResponseMarshaller(ProtoUtils.marshaller(Proto3Features.Order.getDefaultInstance()))
      .setSafe(true)
      .setIdempotent(true)
      .build();

  private static final MethodDescriptor<Proto3Features.OrderRequest, Proto3Features.Order.Line> streamLinesMethod = MethodDescriptor.<Proto3Features.OrderRequest, Proto3Features.Order.Line>newBuilder()
      .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "StreamLines"))
      .setSampledToLocalTracing(true)
      .setRequestMarshaller(ProtoUtils.marshaller(Proto3Features.OrderRequest.getDefaultInstance()))
      .setResponseMarshaller(ProtoUtils.marshaller(Proto3Features.Order.Line.getDefaultInstance()))
      .build();

  private static final MethodDescriptor<Proto3Features.Order.Line, Proto3Features.Order> uploadMethod = MethodDescriptor.<Proto3Features.Order.Line, Proto3Features.Order>newBuilder()
      .setType(MethodDescriptor.MethodType.CLIENT_STREAMING)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "Upload"))
      .setSampledToLocalTracing(true)
      .setRequestMarshaller(ProtoUtils.marshaller(Proto3Features.Order.Line.getDefaultInstance()))
      .setResponseMarshaller(ProtoUtils.marshaller(Proto3Features.Order.getDefaultInstance()))
      .setIdempotent(true)
      .build();

  private static final MethodDescriptor<Proto3Features.Order.Line.Discount, Proto3Features.Order.Line.Discount> chatMethod = MethodDescriptor.<Proto3Features.Order.Line.Discount, Proto3Features.Order.Line.Discount>newBuilder()
      .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "Chat"))
      .setSampledToLocalTracing(true)
      .setRequestMarshaller(ProtoUtils.marshaller(Proto3Features.Order.Line.Discount.getDefaultInstance()))
      .setResponseMarshaller(ProtoUtils.marshaller(Proto3Features.Order.Line.Discount.getDefaultInstance()))
      .build();

  private static final MethodDescriptor<Empty, Empty> pingMethod = MethodDescriptor.<Empty, Empty>newBuilder()
      .setType(MethodDescriptor.MethodType.UNARY)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "Ping"))
      .setSampledToLocalTracing(true)
      .setRequestMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
      .setResponseMarshaller(ProtoUtils.marshaller(Empty.getDefaultInstance()))
      .build();

  private static final ServiceDescriptor serviceDescriptor = ServiceDescriptor.newBuilder(SERVICE_NAME)
      .setSchemaDescriptor(new DescriptorSupplier())
      .addMethod(getOrderMethod)
      .addMethod(streamLinesMethod)
      .addMethod(uploadMethod)
      .addMethod(chatMethod)
      .addMethod(pingMethod)
      .build();

  private OrdersGrpc() {
  }

  /**
   * The descriptor of {@code contractgen.test.features.Orders/GetOrder}.
   *
   * @return the method's descriptor: its name, kind and marshallers
   */
  @RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOrder",
      requestType = Proto3Features.OrderRequest.class,
      responseType = Proto3Features.Order.class,
      methodType = MethodDescriptor.MethodType.UNARY
  )
  public static MethodDescriptor<Proto3Features.OrderRequest, Proto3Features.Order> getGetOrderMethod(
      ) {
    return getOrderMethod;
  }

  /**
   * The descriptor of {@code contractgen.test.features.Orders/StreamLines}.
   *
   * @return the method's descriptor: its name, kind and marshallers
   */
  @RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StreamLines",
      requestType = Proto3Features.OrderRequest.class,
      responseType = Proto3Features.Order.Line.class,
      methodType = MethodDescriptor.MethodType.SERVER_STREAMING
  )
  public static MethodDescriptor<Proto3Features.OrderRequest, Proto3Features.Order.Line> getStreamLinesMethod(
      ) {
    return streamLinesMethod;
  }

  /**
   * The descriptor of {@code contractgen.test.features.Orders/Upload}.
   *
   * @return the method's descriptor: its name, kind and marshallers
   */
  @RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Upload",
      requestType = Proto3Features.Order.Line.class,
      responseType = Proto3Features.Order.class,
      methodType = MethodDescriptor.MethodType.CLIENT_STREAMING
  )
  public static MethodDescriptor<Proto3Features.Order.Line, Proto3Features.Order> getUploadMethod(
      ) {
    return uploadMethod;
  }

  /**
   * The descriptor of {@code contractgen.test.features.Orders/Chat}.
   *
   * @return the method's descriptor: its name, kind and marshallers
   */
  @RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Chat",
      requestType = Proto3Features.Order.Line.Discount.class,
      responseType = Proto3Features.Order.Line.Discount.class,
      methodType = MethodDescriptor.MethodType.BIDI_STREAMING
  )
  public static MethodDescriptor<Proto3Features.Order.Line.Discount, Proto3Features.Order.Line.Discount> getChatMethod(
      ) {
    return chatMethod;
  }

  /**
   * The descriptor of {@code contractgen.test.features.Orders/Ping}.
   *
   * @return the method's descriptor: its name, kind and marshallers
   */
  @RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Ping",
      requestType = Empty.class,
      responseType = Empty.class,
      methodType = MethodDescriptor.MethodType.UNARY
  )
  public static MethodDescriptor<Empty, Empty> getPingMethod() {
    return pingMethod;
  }

  /**
   * The service and its methods, for a server or for reflection.
   *
   * @return the descriptor
   */
  public static ServiceDescriptor getServiceDescriptor() {
    return serviceDescriptor;
  }

  /**
   * A stub for calls with {@code StreamObserver} callbacks over {@code channel}.
   *
   * @param channel the channel the calls go over; the stub does not close it
   * @return the stub, with default call options
   */
  public static OrdersStub newStub(Channel channel) {
    return AbstractAsyncStub.newStub(OrdersStub::new, channel);
  }

  /**
   * A stub for blocking unary and server-streaming calls over {@code channel}.
   *
   * @param channel the channel the calls go over; the stub does not close it
   * @return the stub, with default call options
   */
  public static OrdersBlockingStub newBlockingStub(Channel channel) {
    return AbstractBlockingStub.newStub(OrdersBlockingStub::new, channel);
  }

  /**
   * A stub for unary calls returning a {@code ListenableFuture} over {@code channel}.
   *
   * @param channel the channel the calls go over; the stub does not close it
   * @return the stub, with default call options
   */
  public static OrdersFutureStub newFutureStub(Channel channel) {
    return AbstractFutureStub.newStub(OrdersFutureStub::new, channel);
  }

  /**
   * The definition a server adds to serve {@code service}.
   *
   * @param service the implementation to serve
   * @return the definition, to add to a server
   */
  public static ServerServiceDefinition bindService(AsyncService service) {
    return ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(getGetOrderMethod(), ServerCalls.asyncUnaryCall(service::getOrder))
        .addMethod(getStreamLinesMethod(), ServerCalls.asyncServerStreamingCall(service::streamLines))
        .addMethod(getUploadMethod(), ServerCalls.asyncClientStreamingCall(service::upload))
        .addMethod(getChatMethod(), ServerCalls.asyncBidiStreamingCall(service::chat))
        .addMethod(getPingMethod(), ServerCalls.asyncUnaryCall(service::ping))
        .build();
  }

  /**
   * A stub for calls with {@code StreamObserver} callbacks of {@code contractgen.test.features.Orders}; immutable and thread-safe.
   */
  public static final class OrdersStub extends AbstractAsyncStub<OrdersStub> {
    private OrdersStub(Channel channel, CallOptions callOptions) {
      super(channel, callOptions);
    }

    @Override
    protected OrdersStub build(Channel channel, CallOptions callOptions) {
      return new OrdersStub(channel, callOptions);
    }

    /**
     * Fetches one order.
     *
     * @param request the message to send
     * @param responseObserver receives the answers, then the end of the call
     */
    public void getOrder(Proto3Features.OrderRequest request,
        StreamObserver<Proto3Features.Order> responseObserver) {
      ClientCalls.asyncUnaryCall(getChannel().newCall(OrdersGrpc.getGetOrderMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * Streams the lines of an order.
     *
     * @param request the message to send
     * @param responseObserver receives the answers, then the end of the call
     */
    public void streamLines(Proto3Features.OrderRequest request,
        StreamObserver<Proto3Features.Order.Line> responseObserver) {
      ClientCalls.asyncServerStreamingCall(getChannel().newCall(OrdersGrpc.getStreamLinesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Upload}.
     *
     * @param responseObserver receives the answers, then the end of the call
     * @return the observer to send the messages on; call {@code onCompleted()} after the last
     */
    public StreamObserver<Proto3Features.Order.Line> upload(
        StreamObserver<Proto3Features.Order> responseObserver) {
      return ClientCalls.asyncClientStreamingCall(getChannel().newCall(OrdersGrpc.getUploadMethod(), getCallOptions()), responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Chat}.
     *
     * @param responseObserver receives the answers, then the end of the call
     * @return the observer to send the messages on; call {@code onCompleted()} after the last
     */
    public StreamObserver<Proto3Features.Order.Line.Discount> chat(
        StreamObserver<Proto3Features.Order.Line.Discount> responseObserver) {
      return ClientCalls.asyncBidiStreamingCall(getChannel().newCall(OrdersGrpc.getChatMethod(), getCallOptions()), responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Ping}.
     *
     * @param request the message to send
     * @param responseObserver receives the answers, then the end of the call
     * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
     */
    @Deprecated
    public void ping(Empty request, StreamObserver<Empty> responseObserver) {
      ClientCalls.asyncUnaryCall(getChannel().newCall(OrdersGrpc.getPingMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub for blocking unary and server-streaming calls of {@code contractgen.test.features.Orders}; immutable and thread-safe.
   */
  public static final class OrdersBlockingStub extends AbstractBlockingStub<OrdersBlockingStub> {
    private OrdersBlockingStub(Channel channel, CallOptions callOptions) {
      super(channel, callOptions);
    }

    @Override
    protected OrdersBlockingStub build(Channel channel, CallOptions callOptions) {
      return new OrdersBlockingStub(channel, callOptions);
    }

    /**
     * Fetches one order.
     *
     * @param request the message to send
     * @return the answer
     */
    public Proto3Features.Order getOrder(Proto3Features.OrderRequest request) {
      return ClientCalls.blockingUnaryCall(getChannel(), OrdersGrpc.getGetOrderMethod(), getCallOptions(), request);
    }

    /**
     * Streams the lines of an order.
     *
     * @param request the message to send
     * @return the answers as they arrive
     */
    public Iterator<Proto3Features.Order.Line> streamLines(Proto3Features.OrderRequest request) {
      return ClientCalls.blockingServerStreamingCall(getChannel(), OrdersGrpc.getStreamLinesMethod(), getCallOptions(), request);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Ping}.
     *
     * @param request the message to send
     * @return the answer
     * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
     */
    @Deprecated
    public Empty ping(Empty request) {
      return ClientCalls.blockingUnaryCall(getChannel(), OrdersGrpc.getPingMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub for unary calls returning a {@code ListenableFuture} of {@code contractgen.test.features.Orders}; immutable and thread-safe.
   */
  public static final class OrdersFutureStub extends AbstractFutureStub<OrdersFutureStub> {
    private OrdersFutureStub(Channel channel, CallOptions callOptions) {
      super(channel, callOptions);
    }

    @Override
    protected OrdersFutureStub build(Channel channel, CallOptions callOptions) {
      return new OrdersFutureStub(channel, callOptions);
    }

    /**
     * Fetches one order.
     *
     * @param request the message to send
     * @return the answer, once it arrives
     */
    public ListenableFuture<Proto3Features.Order> getOrder(Proto3Features.OrderRequest request) {
      return ClientCalls.futureUnaryCall(getChannel().newCall(OrdersGrpc.getGetOrderMethod(), getCallOptions()), request);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Ping}.
     *
     * @param request the message to send
     * @return the answer, once it arrives
     * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
     */
    @Deprecated
    public ListenableFuture<Empty> ping(Empty request) {
      return ClientCalls.futureUnaryCall(getChannel().newCall(OrdersGrpc.getPingMethod(), getCallOptions()), request);
    }
  }

  /**
   * The server side of {@code contractgen.test.features.Orders}: override the methods the server implements; the others answer {@code UNIMPLEMENTED}.
   */
  public interface AsyncService {
    /**
     * Fetches one order.
     *
     * @param request the message the client sent
     * @param responseObserver sends the answers, then the end of the call
     */
    default void getOrder(Proto3Features.OrderRequest request,
        StreamObserver<Proto3Features.Order> responseObserver) {
      ServerCalls.asyncUnimplementedUnaryCall(getGetOrderMethod(), responseObserver);
    }

    /**
     * Streams the lines of an order.
     *
     * @param request the message the client sent
     * @param responseObserver sends the answers, then the end of the call
     */
    default void streamLines(Proto3Features.OrderRequest request,
        StreamObserver<Proto3Features.Order.Line> responseObserver) {
      ServerCalls.asyncUnimplementedUnaryCall(getStreamLinesMethod(), responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Upload}.
     *
     * @param responseObserver sends the answers, then the end of the call
     * @return the observer that receives the client's messages
     */
    default StreamObserver<Proto3Features.Order.Line> upload(
        StreamObserver<Proto3Features.Order> responseObserver) {
      return ServerCalls.asyncUnimplementedStreamingCall(getUploadMethod(), responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Chat}.
     *
     * @param responseObserver sends the answers, then the end of the call
     * @return the observer that receives the client's messages
     */
    default StreamObserver<Proto3Features.Order.Line.Discount> chat(
        StreamObserver<Proto3Features.Order.Line.Discount> responseObserver) {
      return ServerCalls.asyncUnimplementedStreamingCall(getChatMethod(), responseObserver);
    }

    /**
     * Calls {@code contractgen.test.features.Orders/Ping}.
     *
     * @param request the message the client sent
     * @param responseObserver sends the answers, then the end of the call
     * @deprecated the contract marks {@code contractgen.test.features.Orders/Ping} as deprecated
     */
    @Deprecated
    default void ping(Empty request, StreamObserver<Empty> responseObserver) {
      ServerCalls.asyncUnimplementedUnaryCall(getPingMethod(), responseObserver);
    }
  }

  /**
   * The base class of a server for {@code contractgen.test.features.Orders}: extend it and add an instance to the server.
   */
  public abstract static class OrdersImplBase implements BindableService, AsyncService {
    @Override
    public final ServerServiceDefinition bindService() {
      return OrdersGrpc.bindService(this);
    }
  }

  private static final class DescriptorSupplier implements ProtoFileDescriptorSupplier, ProtoServiceDescriptorSupplier {
    @Override
    public Descriptors.FileDescriptor getFileDescriptor() {
      return Proto3Features.getDescriptor();
    }

    @Override
    public Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Orders");
    }
  }
}
