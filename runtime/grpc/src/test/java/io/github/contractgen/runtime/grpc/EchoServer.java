package io.github.contractgen.runtime.grpc;

import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerBuilder;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/** A real Netty gRPC server on 127.0.0.1 (or an in-process one) serving {@link Echo}, with hooks the tests look at. */
final class EchoServer implements AutoCloseable {

    static final Metadata.Key<String> DETAIL = Metadata.Key.of("x-detail", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);

    /** Per "hang:<key>" request: counted down when it arrives, and when its client cancels it. */
    private final Map<String, CountDownLatch[]> hangs = new ConcurrentHashMap<>();
    /** The last Count call's publisher, to see that cancelling the client stream stops the server. */
    final AtomicReference<ListPublisher<String>> lastCount = new AtomicReference<>();
    final AtomicReference<String> lastTraceparent = new AtomicReference<>();
    private final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();
    /** How many SlowUnavailable calls (attempts) arrived. */
    final AtomicInteger slowCalls = new AtomicInteger();
    private final Server server;
    private final String inProcessName;

    /** A Netty server on 127.0.0.1 with these credentials. */
    EchoServer(ServerCredentials credentials) throws IOException {
        this(NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), credentials), null);
    }

    /** An in-process server named {@code name}: no network, for fast extra cases. */
    static EchoServer inProcess(String name) throws IOException {
        return new EchoServer(InProcessServerBuilder.forName(name), name);
    }

    private EchoServer(ServerBuilder<?> builder, String inProcessName) throws IOException {
        this.inProcessName = inProcessName;
        ServerServiceDefinition service = ServerServiceDefinition.builder(Echo.SERVICE)
                .addMethod(Echo.UNARY, ServerCalls.asyncUnaryCall(this::unary))
                .addMethod(Echo.COUNT, ServerCalls.asyncServerStreamingCall(this::count))
                .addMethod(Echo.JOIN, ServerCalls.asyncClientStreamingCall(this::join))
                .addMethod(Echo.CHAT, ServerCalls.asyncBidiStreamingCall(this::chat))
                .addMethod(Echo.FLAKY, ServerCalls.asyncUnaryCall(this::flaky))
                .addMethod(Echo.UNSAFE, ServerCalls.asyncUnaryCall((request, response) ->
                        response.onError(Status.UNAVAILABLE.withDescription("never").asRuntimeException())))
                .addMethod(Echo.SLOW_UNAVAILABLE, ServerCalls.asyncUnaryCall(this::slowUnavailable))
                .build();
        server = builder
                .addService(ServerInterceptors.intercept(service, new HeaderCapture()))
                .build()
                .start();
    }

    /** {@code 127.0.0.1:port}, for a client whose certificate check uses the IP SAN. */
    String target() {
        return "127.0.0.1:" + server.getPort();
    }

    /** The port of a Netty server. */
    int port() {
        return server.getPort();
    }

    /** The name of an in-process server. */
    String inProcessName() {
        return inProcessName;
    }

    /** {@code localhost:port}, for the DNS SAN. */
    String localhostTarget() {
        return "localhost:" + server.getPort();
    }

    private void unary(String request, StreamObserver<String> response) {
        if (request.startsWith("hang")) {
            CountDownLatch[] latches = hang(request);
            ((ServerCallStreamObserver<String>) response).setOnCancelHandler(latches[1]::countDown);
            latches[0].countDown();
            return;
        }
        if (request.startsWith("fail:")) {
            Metadata trailers = new Metadata();
            trailers.put(DETAIL, request.substring("fail:".length()));
            response.onError(Status.NOT_FOUND.withDescription("no such thing").asRuntimeException(trailers));
            return;
        }
        response.onNext("echo:" + request);
        response.onCompleted();
    }

    /** The latches of a "hang:<key>" request: [arrived, cancelled]. */
    CountDownLatch[] hang(String request) {
        return hangs.computeIfAbsent(request, r -> new CountDownLatch[] {new CountDownLatch(1), new CountDownLatch(1)});
    }

    private void count(String request, StreamObserver<String> response) {
        List<String> items = IntStream.range(0, Integer.parseInt(request)).mapToObj(Integer::toString).toList();
        ListPublisher<String> publisher = new ListPublisher<>(items);
        lastCount.set(publisher);
        publisher.subscribe(new StreamObserverSubscriber<>((ServerCallStreamObserver<String>) response));
    }

    private StreamObserver<String> join(StreamObserver<String> response) {
        List<String> received = new ArrayList<>();
        return new StreamObserver<>() {
            @Override
            public void onNext(String value) {
                received.add(value);
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onCompleted() {
                response.onNext(String.join(",", received));
                response.onCompleted();
            }
        };
    }

    private StreamObserver<String> chat(StreamObserver<String> response) {
        return new StreamObserver<>() {
            @Override
            public void onNext(String value) {
                response.onNext("re:" + value);
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onCompleted() {
                response.onCompleted();
            }
        };
    }

    private void flaky(String request, StreamObserver<String> response) {
        if (flakyCalls.computeIfAbsent(request, r -> new AtomicInteger()).incrementAndGet() <= 2) {
            response.onError(Status.UNAVAILABLE.withDescription("try again").asRuntimeException());
            return;
        }
        response.onNext("ok:" + request);
        response.onCompleted();
    }

    /** Waits the milliseconds the request names, then answers UNAVAILABLE; counts the calls. */
    private void slowUnavailable(String request, StreamObserver<String> response) {
        slowCalls.incrementAndGet();
        try {
            Thread.sleep(Long.parseLong(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.onError(Status.UNAVAILABLE.withDescription("still starting").asRuntimeException());
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Keeps the traceparent header an observer injected. */
    private final class HeaderCapture implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                ServerCallHandler<Q, R> next) {
            String traceparent = headers.get(TRACEPARENT);
            if (traceparent != null) {
                lastTraceparent.set(traceparent);
            }
            return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
        }
    }
}
