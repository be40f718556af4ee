package io.github.contractgen.runtime.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every shape in which generated clients offer a call, run against {@link EchoServer} with a result a
 * test can compare; {@code methods} is the seam that swaps a method descriptor (a throwing parser).
 */
enum CallShape {
    UNARY_BLOCKING("echo:a") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods) {
            return GrpcCalls.unary(channel, methods.apply(Echo.UNARY), options, "a");
        }
    },
    UNARY_FUTURE("echo:a") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods)
                throws Exception {
            return GrpcCalls.unaryAsync(channel, methods.apply(Echo.UNARY), options, "a").get(WAIT, TimeUnit.SECONDS);
        }
    },
    SERVER_STREAMING_PUBLISHER("0,1,2") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods)
                throws Exception {
            return collect(GrpcCalls.serverStreaming(channel, methods.apply(Echo.COUNT), options, "3"));
        }
    },
    SERVER_STREAMING_BLOCKING("0,1,2") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods) {
            return join(GrpcBlockingCalls.serverStreaming(channel, methods.apply(Echo.COUNT), options, "3"));
        }
    },
    CLIENT_STREAMING_FUTURE("a,b") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods)
                throws Exception {
            return GrpcCalls.clientStreaming(channel, methods.apply(Echo.JOIN), options, new ListPublisher<>(List.of("a", "b")))
                    .get(WAIT, TimeUnit.SECONDS);
        }
    },
    CLIENT_STREAMING_BLOCKING("a,b") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods) {
            return GrpcBlockingCalls.clientStreaming(channel, methods.apply(Echo.JOIN), options, List.of("a", "b"));
        }
    },
    BIDI_PUBLISHER("re:a,re:b") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods)
                throws Exception {
            return collect(GrpcCalls.bidiStreaming(channel, methods.apply(Echo.CHAT), options,
                    new ListPublisher<>(List.of("a", "b"))));
        }
    },
    BIDI_BLOCKING("re:a,re:b") {
        @Override
        String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods) {
            return join(GrpcBlockingCalls.bidiStreaming(channel, methods.apply(Echo.CHAT), options, List.of("a", "b")));
        }
    };

    static final long WAIT = 30; // seconds: only a broken build waits this long

    final String expected;

    CallShape(String expected) {
        this.expected = expected;
    }

    abstract String run(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods)
            throws Exception;

    /** What the call failed with, unwrapped from a future's {@code ExecutionException}; fails if it succeeded. */
    Throwable failure(Channel channel, CallOptions options, UnaryOperator<MethodDescriptor<String, String>> methods) {
        try {
            String result = run(channel, options, methods);
            throw new AssertionError(this + " succeeded with " + result + " but was expected to fail");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            return e;
        }
    }

    private static String collect(Flow.Publisher<String> responses) throws Exception {
        CollectingSubscriber<String> subscriber = new CollectingSubscriber<>(16);
        responses.subscribe(subscriber);
        return String.join(",", subscriber.done.get(WAIT, TimeUnit.SECONDS));
    }

    private static String join(Stream<String> responses) {
        try (responses) {
            return responses.collect(Collectors.joining(","));
        }
    }
}
