package io.github.contractgen.runtime.grpc;

import io.grpc.Status;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a {@link Flow.Publisher} of responses as a blocking {@link Iterator}, with a small window of
 * demand: at most {@value #WINDOW} responses wait in memory, and one more is asked for as each is taken.
 *
 * <p>Failures come out of {@code hasNext()} as {@link GrpcStatusException}. Closing the stream it is
 * wrapped in cancels the subscription, and so the call; an interrupted reader cancels it too.
 */
final class BlockingResponses<R> implements Flow.Subscriber<R>, Iterator<R> {

    static final int WINDOW = 16;

    private static final Object COMPLETE = new Object();

    private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final GrpcStatusException.Factory exceptions;
    private volatile Flow.Subscription subscription;
    private Object next;
    private boolean finished;

    /** A stream of what {@code responses} publishes; the subscription starts now, closing cancels it. */
    static <R> Stream<R> stream(Flow.Publisher<R> responses, GrpcStatusException.Factory exceptions) {
        BlockingResponses<R> reader = new BlockingResponses<>(exceptions);
        responses.subscribe(reader);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(reader::cancel);
    }

    private BlockingResponses(GrpcStatusException.Factory exceptions) {
        this.exceptions = exceptions;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        subscription.request(WINDOW);
    }

    @Override
    public void onNext(R item) {
        signals.add(Objects.requireNonNull(item, "item"));
    }

    @Override
    public void onError(Throwable failure) {
        signals.add(new Failure(GrpcStatusException.from(failure, exceptions)));
    }

    @Override
    public void onComplete() {
        signals.add(COMPLETE);
    }

    @Override
    public boolean hasNext() {
        if (finished) {
            return false;
        }
        if (next == null) {
            next = take();
        }
        if (next == COMPLETE) {
            finished = true;
            return false;
        }
        if (next instanceof Failure failure) {
            finished = true;
            throw failure.exception;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked") // only onNext puts anything else than COMPLETE or a Failure
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the call has no more responses");
        }
        R item = (R) next;
        next = null;
        subscription.request(1);
        return item;
    }

    private Object take() {
        try {
            return signals.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            finished = true;
            throw exceptions.create(Status.CANCELLED.withDescription("interrupted while waiting for a response")
                    .withCause(e), null);
        }
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** An error, boxed so that it cannot be mistaken for a response. */
    private record Failure(GrpcStatusException exception) {}
}
