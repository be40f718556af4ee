package io.github.contractgen.runtime.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Gives unary calls without a deadline of their own a default one.
 *
 * <p>Only unary calls: a stream may rightly stay open for hours (a watch, a subscription), so a
 * streaming call has a deadline only when its caller sets one.
 */
final class DefaultDeadlineInterceptor implements ClientInterceptor {

    private final Duration deadline;

    DefaultDeadlineInterceptor(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions callOptions, Channel next) {
        if (method.getType() == MethodDescriptor.MethodType.UNARY && callOptions.getDeadline() == null) {
            return next.newCall(method, callOptions.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS));
        }
        return next.newCall(method, callOptions);
    }
}
