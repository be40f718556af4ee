package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ResponseTooLargeException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory the response bodies of one client may take: {@code maxResponseBytes} for each body, and
 * {@code maxBytesInFlight} for all the bodies its calls hold at once, from the first byte read until
 * the call has decoded them.
 *
 * <p>Each attempt takes a {@link Lease}; {@link BoundedBody} reserves on it every buffer it allocates
 * and the execution releases it when the attempt is done with its body. Thread-safe.
 */
class BodyMemory {

    private final long maxResponseBytes;
    private final long maxBytesInFlight;
    private final AtomicLong inFlight = new AtomicLong();

    BodyMemory(HttpClientOptions options) {
        this.maxResponseBytes = options.maxResponseBytes();
        this.maxBytesInFlight = options.maxBytesInFlight();
    }

    long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The bytes held by bodies right now. */
    long inFlight() {
        return inFlight.get();
    }

    Lease lease(String operationId) {
        return new Lease(operationId);
    }

    /** A new buffer for a body: the one place body memory is allocated (tests make it fail). */
    byte[] allocate(int size) {
        return new byte[size];
    }

    /** What one attempt's body holds. */
    final class Lease {

        private final String operationId;
        private long held;
        private boolean released;

        private Lease(String operationId) {
            this.operationId = operationId;
        }

        /**
         * A buffer of {@code size} bytes holding the first {@code length} of {@code old}, counted against
         * the client's bound (the old buffer is given back).
         *
         * @throws ResponseTooLargeException when the bodies in flight would pass maxBytesInFlight
         * @throws IllegalStateException when the lease was released: the attempt is over (cancelled, timed
         *     out) and what still arrives of its body must neither count nor be kept
         */
        synchronized byte[] grow(byte[] old, int length, int size) {
            if (released) {
                throw new IllegalStateException(operationId + ": the attempt is over, its body is dropped");
            }
            long more = size - (long) old.length;
            if (inFlight.addAndGet(more) > maxBytesInFlight) {
                inFlight.addAndGet(-more);
                throw new ResponseTooLargeException(operationId + ": the response bodies this client holds at once "
                        + "would pass the limit of " + maxBytesInFlight + " bytes; raise it with maxBytesInFlight(long) "
                        + "or make fewer such calls at once", maxBytesInFlight);
            }
            held += more;
            byte[] grown = allocate(size);
            System.arraycopy(old, 0, grown, 0, length);
            return grown;
        }

        /** Gives back all the lease holds and ends it: a later {@link #grow} fails. Idempotent. */
        synchronized void release() {
            inFlight.addAndGet(-held);
            held = 0;
            released = true;
        }
    }
}
