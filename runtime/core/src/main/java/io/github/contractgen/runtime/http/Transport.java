package io.github.contractgen.runtime.http;

import java.util.concurrent.CompletableFuture;

/** Placeholder: the real transport follows. */
final class Transport {

    Transport(HttpClientOptions options) {}

    <T> T call(RestCall<T> call) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    <T> CompletableFuture<T> callAsync(RestCall<T> call) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not implemented yet"));
    }

    void close() {}
}
