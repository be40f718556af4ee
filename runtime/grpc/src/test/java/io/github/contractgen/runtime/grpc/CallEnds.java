package io.github.contractgen.runtime.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The outermost interceptor of a test channel: records each call's closing status once the caller's
 * listener has had it, so that a test knows a call is over on the wire and every signal has been sent.
 */
final class CallEnds implements ClientInterceptor {

    private final BlockingQueue<Status> ends = new LinkedBlockingQueue<>();

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onClose(Status status, Metadata trailers) {
                        try {
                            super.onClose(status, trailers);
                        } finally {
                            ends.add(status);
                        }
                    }
                }, headers);
            }
        };
    }

    /** The status of the next call to end, waiting at most {@code seconds}; fails when none ends. */
    Status next(long seconds) throws InterruptedException {
        Status status = ends.poll(seconds, TimeUnit.SECONDS);
        if (status == null) {
            throw new AssertionError("no call ended within " + seconds + " s: a call was left open");
        }
        return status;
    }

    /** Whether any end is recorded but not yet taken. */
    boolean isEmpty() {
        return ends.isEmpty();
    }
}
