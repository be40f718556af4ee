package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ResponseTooLargeException;
import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a response body into memory, but no more than {@code maxResponseBytes} of it, within the
 * client's {@code maxBytesInFlight} ({@link BodyMemory}), and no later than the attempt's end
 * ({@link CallDeadline}).
 *
 * <p>{@code java.net.http}'s own byte-array handler has none of these limits: a huge body fills the
 * heap, and its request timeout stops once the headers are in, so a server that sends headers and then
 * trickles the body would hold the caller forever. A declared {@code Content-Length} above the limit is
 * refused before any of the body is read. A connection that breaks while the body streams in is
 * reported as such ({@link IncompleteBody}, still an {@link IOException} so that idempotent calls are
 * retried); running out of time is an {@link AttemptTimeout}. Anything else that goes wrong while the
 * body is read, an {@code OutOfMemoryError} included, fails the body with that error as it is, so that
 * it is neither lost nor taken for an I/O failure.
 */
final class BoundedBody {

    private BoundedBody() {}

    static BodyHandler<byte[]> handler(String operationId, BodyMemory.Lease lease, long maxBytes,
            CallDeadline.Attempt bound) {
        return info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > maxBytes) {
                return refused(tooLarge(operationId, "declares " + declared + " bytes", maxBytes));
            }
            try {
                return new Subscriber(operationId, lease, maxBytes, bound, declared);
            } catch (Throwable e) { // the first buffer: the in-flight bound, or no memory
                return refused(e);
            }
        };
    }

    private static BodySubscriber<byte[]> refused(Throwable error) {
        CompletableFuture<byte[]> failed = CompletableFuture.failedFuture(error);
        return new BodySubscriber<>() {
            @Override
            public CompletionStage<byte[]> getBody() {
                return failed;
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {}

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}
        };
    }

    private static ResponseTooLargeException tooLarge(String operationId, String what, long maxBytes) {
        return new ResponseTooLargeException(operationId + ": the response body " + what + ", more than the limit of "
                + maxBytes + " bytes; raise it with maxResponseBytes(long) if such responses are expected", maxBytes);
    }

    /** A connection that failed after the headers, while the body was being read. */
    static final class IncompleteBody extends IOException {

        private static final long serialVersionUID = 1L;

        IncompleteBody(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {

        private static final int INITIAL_CAPACITY = 8 * 1024;
        private static final long PRESIZE_LIMIT = 1024 * 1024;
        /** The largest byte array a JVM reliably allocates. */
        private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

        private final String operationId;
        private final BodyMemory.Lease lease;
        private final long maxBytes;
        private final long declared;
        private final CallDeadline.Attempt bound;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final CompletableFuture<byte[]> result;
        /** Guards {@link #bytes} and {@link #size}: the client may call onNext and onError on different threads. */
        private final Object lock = new Object();
        private byte[] bytes;
        private int size;
        private volatile Flow.Subscription subscription;

        /** @param declared the {@code Content-Length}, -1 when the response has none */
        Subscriber(String operationId, BodyMemory.Lease lease, long maxBytes, CallDeadline.Attempt bound,
                long declared) {
            this.operationId = operationId;
            this.lease = lease;
            this.maxBytes = maxBytes;
            this.bound = bound;
            this.declared = declared;
            // Sized for the declared length, so that the usual body is copied once, from the client's
            // buffers; capped, so that a declaration alone (the limit allows it) does not reserve memory.
            this.bytes = lease.grow(new byte[0], 0,
                    (int) Math.min(declared >= 0 ? declared : INITIAL_CAPACITY, PRESIZE_LIMIT));
            this.result = body.handle(this::timeoutNamed);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            // However the body ends early (limit, timeout, the caller cancelling), stop reading it.
            body.whenComplete((value, error) -> {
                if (error != null) {
                    subscription.cancel();
                }
            });
            // orTimeout drops its timer when the body completes, so a finished body is not kept alive.
            body.orTimeout(bound.remaining().toNanos(), TimeUnit.NANOSECONDS);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) { // refused or timed out: what still arrives is dropped
                return;
            }
            try {
                append(buffers);
            } catch (Throwable e) { // the in-flight bound, or no memory: the body fails with it as it is
                body.completeExceptionally(e);
            }
        }

        private void append(List<ByteBuffer> buffers) {
            synchronized (lock) {
                for (ByteBuffer buffer : buffers) {
                    int length = buffer.remaining();
                    if (size + (long) length > maxBytes) {
                        body.completeExceptionally(tooLarge(operationId, "is larger", maxBytes));
                        return;
                    }
                    if (size + (long) length > MAX_ARRAY) {
                        body.completeExceptionally(new ResponseTooLargeException(operationId
                                + ": the response body is larger than a Java array holds (2 GiB)", MAX_ARRAY));
                        return;
                    }
                    if (size + length > bytes.length) {
                        bytes = lease.grow(bytes, size, (int) Math.min(Math.max(2L * bytes.length, size + length), MAX_ARRAY));
                    }
                    buffer.get(bytes, size, length);
                    size += length;
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            String expected = declared >= 0 ? " of " + declared : "";
            body.completeExceptionally(new IncompleteBody("the connection failed while the response body was read ("
                    + received() + expected + " bytes received): " + failure, failure));
        }

        @Override
        public void onComplete() {
            try {
                synchronized (lock) {
                    body.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
                }
            } catch (Throwable e) { // no memory for the copy
                body.completeExceptionally(e);
            }
        }

        private byte[] timeoutNamed(byte[] value, Throwable error) {
            if (error == null) {
                return value;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof TimeoutException) {
                throw new AttemptTimeout(operationId + ": the response body did not arrive within " + bound.describe()
                        + "; " + received() + " bytes received", bound, cause);
            }
            throw error instanceof CompletionException completion ? completion : new CompletionException(cause);
        }

        private int received() {
            synchronized (lock) {
                return size;
            }
        }
    }
}
