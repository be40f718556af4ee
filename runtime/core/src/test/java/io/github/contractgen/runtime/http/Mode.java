package io.github.contractgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A call made sync (on the caller's thread) or async (a future awaited with a hang guard), for tests that run both. */
enum Mode {

    SYNC, ASYNC;

    static Mode of(boolean async) {
        return async ? ASYNC : SYNC;
    }

    <T> T call(Transport transport, RestCall<T> call) {
        return call(transport, call, ResultShape.body());
    }

    <T, R> R call(Transport transport, RestCall<T> call, ResultShape<T, R> shape) {
        if (this == SYNC) {
            return transport.call(call, shape);
        }
        CompletableFuture<R> future = transport.callAsync(call, shape);
        try {
            return future.get(30, TimeUnit.SECONDS); // far above the call's own timeouts: only a hang reaches it
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            throw new Hang(e);
        }
    }

    /** What {@code call} threw (sync) or completed its future with (async). */
    Throwable failure(Runnable call) {
        try {
            call.run();
        } catch (Hang e) {
            throw e;
        } catch (CompletionException e) {
            assertThat(this).isEqualTo(ASYNC);
            return e.getCause();
        } catch (Throwable e) {
            assertThat(this).isEqualTo(SYNC);
            return e;
        }
        throw new AssertionError("the call did not fail");
    }

    /** The future of an async call did not complete. */
    static final class Hang extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Hang(Throwable cause) {
            super("the future did not complete", cause);
        }
    }
}
