package io.github.contractgen.runtime.http;

import java.io.EOFException;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One attempt's request body, which lets {@code java.net.http} send the attempt's request once only.
 *
 * <p>{@code java.net.http} repeats a GET or HEAD once, unasked, when the connection closes before the
 * first byte of a response ({@code MultiExchange} retrying on its {@code ConnectionExpiredException};
 * no setting turns that off per client). The server then sees requests the retry policy never counted:
 * three attempts made six GETs. Every exchange asks the request body for its length just before it
 * writes the request head; from the second time on this body throws {@link RepeatRefused}, so the
 * repeat fails before a byte of it is sent and the attempt ends as a connection closed before the
 * response, which the {@link RetryPolicy} then retries or not like any other I/O failure. (Its repeat
 * after a refused connection is left alone: that request never reached a server.)
 */
final class OneExchangeBody implements BodyPublisher {

    private final BodyPublisher body;
    private final AtomicBoolean sent = new AtomicBoolean();

    OneExchangeBody(BodyPublisher body) {
        this.body = body;
    }

    @Override
    public long contentLength() {
        if (sent.getAndSet(true)) {
            throw new RepeatRefused();
        }
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(subscriber);
    }

    /** {@code java.net.http}'s own repeat of a request, stopped before it was sent. */
    static final class RepeatRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RepeatRefused() {
            super("java.net.http's own repeat of the request was not sent", null, false, false);
        }

        /** What the attempt met: the connection closed before any response. */
        EOFException closedBeforeResponse() {
            return new EOFException("the connection closed before any response");
        }
    }
}
