package io.github.contractgen.sample.inventory.v1;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.Descriptors;
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
 * The gRPC service code of {@code contractgen.sample.inventory.v1.Inventory}: method descriptors, stubs and the server base.
 *
 * <p>Keeps the stock of the sample shop.
 *
 * <p>Equivalent to, and interchangeable with, what protoc-gen-grpc-java writes. Most callers want the typed client facade instead.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/inventory.proto"
)
@GrpcGenerated
public final class InventoryGrpc {
    /**
     * The service's full proto name, as gRPC puts it on the wire.
     */
    public static final String SERVICE_NAME = "contractgen.sample.inventory.v1.Inventory";

    private static final MethodDescriptor<GetItemRequest, Item> getItemMethod = MethodDescriptor.<GetItemRequest, Item>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "GetItem"))
            .setSampledToLocalTracing(true)
            .setRequestMarshaller(ProtoUtils.marshaller(GetItemRequest.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(Item.getDefaultInstance()))
            .setSafe(true)
            .setIdempotent(true)
            .build();

    private static final MethodDescriptor<WatchRequest, Item> listItemsMethod = MethodDescriptor.<WatchRequest, Item>newBuilder()
            .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
            .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "ListItems"))
            .setSampledToLocalTracing(true)
            .setRequestMarshaller(ProtoUtils.marshaller(WatchRequest.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(Item.getDefaultInstance()))
            .build();

    private static final MethodDescriptor<StockChange, StockSummary> recordChangesMethod = MethodDescriptor.<StockChange, StockSummary>newBuilder()
            .setType(MethodDescriptor.MethodType.CLIENT_STREAMING)
            .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "RecordChanges"))
            .setSampledToLocalTracing(true)
            .setRequestMarshaller(ProtoUtils.marshaller(StockChange.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(StockSummary.getDefaultInstance()))
            .build();

    private static final MethodDescriptor<StockChange, StockLevel> reconcileMethod = MethodDescriptor.<StockChange, StockLevel>newBuilder()
            .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
            .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "Reconcile"))
            .setSampledToLocalTracing(true)
            .setRequestMarshaller(ProtoUtils.marshaller(StockChange.getDefaultInstance()))
            .setResponseMarshaller(ProtoUtils.marshaller(StockLevel.getDefaultInstance()))
            .build();

    private static final ServiceDescriptor serviceDescriptor = ServiceDescriptor.newBuilder(SERVICE_NAME)
            .setSchemaDescriptor(new DescriptorSupplier())
            .addMethod(getItemMethod)
            .addMethod(listItemsMethod)
            .addMethod(recordChangesMethod)
            .addMethod(reconcileMethod)
            .build();

    private InventoryGrpc() {
    }

    /**
     * The descriptor of {@code contractgen.sample.inventory.v1.Inventory/GetItem}.
     *
     * @return the method's descriptor: its name, kind and marshallers
     */
    @RpcMethod(
            fullMethodName = SERVICE_NAME + '/' + "GetItem",
            requestType = GetItemRequest.class,
            responseType = Item.class,
            methodType = MethodDescriptor.MethodType.UNARY
    )
    public static MethodDescriptor<GetItemRequest, Item> getGetItemMethod() {
        return getItemMethod;
    }

    /**
     * The descriptor of {@code contractgen.sample.inventory.v1.Inventory/ListItems}.
     *
     * @return the method's descriptor: its name, kind and marshallers
     */
    @RpcMethod(
            fullMethodName = SERVICE_NAME + '/' + "ListItems",
            requestType = WatchRequest.class,
            responseType = Item.class,
            methodType = MethodDescriptor.MethodType.SERVER_STREAMING
    )
    public static MethodDescriptor<WatchRequest, Item> getListItemsMethod() {
        return listItemsMethod;
    }

    /**
     * The descriptor of {@code contractgen.sample.inventory.v1.Inventory/RecordChanges}.
     *
     * @return the method's descriptor: its name, kind and marshallers
     */
    @RpcMethod(
            fullMethodName = SERVICE_NAME + '/' + "RecordChanges",
            requestType = StockChange.class,
            responseType = StockSummary.class,
            methodType = MethodDescriptor.MethodType.CLIENT_STREAMING
    )
    public static MethodDescriptor<StockChange, StockSummary> getRecordChangesMethod() {
        return recordChangesMethod;
    }

    /**
     * The descriptor of {@code contractgen.sample.inventory.v1.Inventory/Reconcile}.
     *
     * @return the method's descriptor: its name, kind and marshallers
     */
    @RpcMethod(
            fullMethodName = SERVICE_NAME + '/' + "Reconcile",
            requestType = StockChange.class,
            responseType = StockLevel.class,
            methodType = MethodDescriptor.MethodType.BIDI_STREAMING
    )
    public static MethodDescriptor<StockChange, StockLevel> getReconcileMethod() {
        return reconcileMethod;
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
    public static InventoryStub newStub(Channel channel) {
        return AbstractAsyncStub.newStub(InventoryStub::new, channel);
    }

    /**
     * A stub for blocking unary and server-streaming calls over {@code channel}.
     *
     * @param channel the channel the calls go over; the stub does not close it
     * @return the stub, with default call options
     */
    public static InventoryBlockingStub newBlockingStub(Channel channel) {
        return AbstractBlockingStub.newStub(InventoryBlockingStub::new, channel);
    }

    /**
     * A stub for unary calls returning a {@code ListenableFuture} over {@code channel}.
     *
     * @param channel the channel the calls go over; the stub does not close it
     * @return the stub, with default call options
     */
    public static InventoryFutureStub newFutureStub(Channel channel) {
        return AbstractFutureStub.newStub(InventoryFutureStub::new, channel);
    }

    /**
     * The definition a server adds to serve {@code service}.
     *
     * @param service the implementation to serve
     * @return the definition, to add to a server
     */
    public static ServerServiceDefinition bindService(AsyncService service) {
        return ServerServiceDefinition.builder(getServiceDescriptor())
                .addMethod(getGetItemMethod(), ServerCalls.asyncUnaryCall(service::getItem))
                .addMethod(getListItemsMethod(), ServerCalls.asyncServerStreamingCall(service::listItems))
                .addMethod(getRecordChangesMethod(), ServerCalls.asyncClientStreamingCall(service::recordChanges))
                .addMethod(getReconcileMethod(), ServerCalls.asyncBidiStreamingCall(service::reconcile))
                .build();
    }

    /**
     * A stub for calls with {@code StreamObserver} callbacks of {@code contractgen.sample.inventory.v1.Inventory}; immutable and thread-safe.
     */
    public static final class InventoryStub extends AbstractAsyncStub<InventoryStub> {
        private InventoryStub(Channel channel, CallOptions callOptions) {
            super(channel, callOptions);
        }

        @Override
        protected InventoryStub build(Channel channel, CallOptions callOptions) {
            return new InventoryStub(channel, callOptions);
        }

        /**
         * Fetches one item; safe to repeat.
         *
         * @param request the message to send
         * @param responseObserver receives the answers, then the end of the call
         */
        public void getItem(GetItemRequest request, StreamObserver<Item> responseObserver) {
            ClientCalls.asyncUnaryCall(getChannel().newCall(InventoryGrpc.getGetItemMethod(), getCallOptions()), request, responseObserver);
        }

        /**
         * Streams the items stored at a location, or every item.
         *
         * @param request the message to send
         * @param responseObserver receives the answers, then the end of the call
         */
        public void listItems(WatchRequest request, StreamObserver<Item> responseObserver) {
            ClientCalls.asyncServerStreamingCall(getChannel().newCall(InventoryGrpc.getListItemsMethod(), getCallOptions()), request, responseObserver);
        }

        /**
         * Applies a batch of stock changes and sums them up.
         *
         * @param responseObserver receives the answers, then the end of the call
         * @return the observer to send the messages on; call {@code onCompleted()} after the last
         */
        public StreamObserver<StockChange> recordChanges(
                StreamObserver<StockSummary> responseObserver) {
            return ClientCalls.asyncClientStreamingCall(getChannel().newCall(InventoryGrpc.getRecordChangesMethod(), getCallOptions()), responseObserver);
        }

        /**
         * Applies stock changes as they come and answers each with the new stock level.
         *
         * @param responseObserver receives the answers, then the end of the call
         * @return the observer to send the messages on; call {@code onCompleted()} after the last
         */
        public StreamObserver<StockChange> reconcile(StreamObserver<StockLevel> responseObserver) {
            return ClientCalls.asyncBidiStreamingCall(getChannel().newCall(InventoryGrpc.getReconcileMethod(), getCallOptions()), responseObserver);
        }
    }

    /**
     * A stub for blocking unary and server-streaming calls of {@code contractgen.sample.inventory.v1.Inventory}; immutable and thread-safe.
     */
    public static final class InventoryBlockingStub extends AbstractBlockingStub<InventoryBlockingStub> {
        private InventoryBlockingStub(Channel channel, CallOptions callOptions) {
            super(channel, callOptions);
        }

        @Override
        protected InventoryBlockingStub build(Channel channel, CallOptions callOptions) {
            return new InventoryBlockingStub(channel, callOptions);
        }

        /**
         * Fetches one item; safe to repeat.
         *
         * @param request the message to send
         * @return the answer
         */
        public Item getItem(GetItemRequest request) {
            return ClientCalls.blockingUnaryCall(getChannel(), InventoryGrpc.getGetItemMethod(), getCallOptions(), request);
        }

        /**
         * Streams the items stored at a location, or every item.
         *
         * @param request the message to send
         * @return the answers as they arrive
         */
        public Iterator<Item> listItems(WatchRequest request) {
            return ClientCalls.blockingServerStreamingCall(getChannel(), InventoryGrpc.getListItemsMethod(), getCallOptions(), request);
        }
    }

    /**
     * A stub for unary calls returning a {@code ListenableFuture} of {@code contractgen.sample.inventory.v1.Inventory}; immutable and thread-safe.
     */
    public static final class InventoryFutureStub extends AbstractFutureStub<InventoryFutureStub> {
        private InventoryFutureStub(Channel channel, CallOptions callOptions) {
            super(channel, callOptions);
        }

        @Override
        protected InventoryFutureStub build(Channel channel, CallOptions callOptions) {
            return new InventoryFutureStub(channel, callOptions);
        }

        /**
         * Fetches one item; safe to repeat.
         *
         * @param request the message to send
         * @return the answer, once it arrives
         */
        public ListenableFuture<Item> getItem(GetItemRequest request) {
            return ClientCalls.futureUnaryCall(getChannel().newCall(InventoryGrpc.getGetItemMethod(), getCallOptions()), request);
        }
    }

    /**
     * The server side of {@code contractgen.sample.inventory.v1.Inventory}: override the methods the server implements; the others answer {@code UNIMPLEMENTED}.
     */
    public interface AsyncService {
        /**
         * Fetches one item; safe to repeat.
         *
         * @param request the message the client sent
         * @param responseObserver sends the answers, then the end of the call
         */
        default void getItem(GetItemRequest request, StreamObserver<Item> responseObserver) {
            ServerCalls.asyncUnimplementedUnaryCall(getGetItemMethod(), responseObserver);
        }

        /**
         * Streams the items stored at a location, or every item.
         *
         * @param request the message the client sent
         * @param responseObserver sends the answers, then the end of the call
         */
        default void listItems(WatchRequest request, StreamObserver<Item> responseObserver) {
            ServerCalls.asyncUnimplementedUnaryCall(getListItemsMethod(), responseObserver);
        }

        /**
         * Applies a batch of stock changes and sums them up.
         *
         * @param responseObserver sends the answers, then the end of the call
         * @return the observer that receives the client's messages
         */
        default StreamObserver<StockChange> recordChanges(
                StreamObserver<StockSummary> responseObserver) {
            return ServerCalls.asyncUnimplementedStreamingCall(getRecordChangesMethod(), responseObserver);
        }

        /**
         * Applies stock changes as they come and answers each with the new stock level.
         *
         * @param responseObserver sends the answers, then the end of the call
         * @return the observer that receives the client's messages
         */
        default StreamObserver<StockChange> reconcile(StreamObserver<StockLevel> responseObserver) {
            return ServerCalls.asyncUnimplementedStreamingCall(getReconcileMethod(), responseObserver);
        }
    }

    /**
     * The base class of a server for {@code contractgen.sample.inventory.v1.Inventory}: extend it and add an instance to the server.
     */
    public abstract static class InventoryImplBase implements BindableService, AsyncService {
        @Override
        public final ServerServiceDefinition bindService() {
            return InventoryGrpc.bindService(this);
        }
    }

    private static final class DescriptorSupplier implements ProtoFileDescriptorSupplier, ProtoServiceDescriptorSupplier {
        @Override
        public Descriptors.FileDescriptor getFileDescriptor() {
            return InventoryOuterClass.getDescriptor();
        }

        @Override
        public Descriptors.ServiceDescriptor getServiceDescriptor() {
            return getFileDescriptor().findServiceByName("Inventory");
        }
    }
}
