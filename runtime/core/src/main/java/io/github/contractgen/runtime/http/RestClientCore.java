package io.github.contractgen.runtime.http;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link RestCall}s over {@code java.net.http}: the one transport every generated REST client
 * delegates to.
 *
 * <p>HTTP/1.1 is used for {@code http://} base URIs (HTTP/2 over cleartext sends an {@code Upgrade:
 * h2c} header that some servers reject) and HTTP/2 for {@code https://}. Credentials are applied per
 * the call's security alternatives, idempotent calls are retried per the {@link RetryPolicy}, and the
 * observer is told of the call's start, each attempt and its end. Secrets never reach observers,
 * exception messages or logs. This class is thread-safe; make one per service and share it.
 *
 * @since 0.1.0
 */
public final class RestClientCore implements AutoCloseable {

    private final HttpClientOptions options;
    private final Transport transport;

    private RestClientCore(HttpClientOptions options) {
        this.options = options;
        this.transport = new Transport(options);
    }

    /** A core for {@code options}; it owns one {@code HttpClient}. */
    public static RestClientCore create(HttpClientOptions options) {
        return new RestClientCore(Objects.requireNonNull(options, "options"));
    }

    /**
     * Sends {@code call} and waits for its result.
     *
     * @throws io.github.contractgen.runtime.ApiException for an error status
     * @throws io.github.contractgen.runtime.TransportException when there was no usable response
     * @throws io.github.contractgen.runtime.DecodingException when the body does not decode
     */
    public <T> T call(RestCall<T> call) {
        return transport.call(call, ResultShape.body());
    }

    /**
     * Sends {@code call} without blocking. The future completes with the same exceptions that
     * {@link #call} throws; cancelling it cancels the exchange in flight and any pending retry.
     */
    public <T> CompletableFuture<T> callAsync(RestCall<T> call) {
        return transport.callAsync(call, ResultShape.body());
    }

    /**
     * Sends {@code call} like {@link #call} and returns the decoded body with the response's status
     * and headers (secret headers removed). Retries, observers and exceptions are those of
     * {@link #call}: only a success status comes back as an {@link ApiResponse}.
     *
     * @throws io.github.contractgen.runtime.ApiException for an error status
     * @throws io.github.contractgen.runtime.TransportException when there was no usable response
     * @throws io.github.contractgen.runtime.DecodingException when the body does not decode
     * @since 0.1.0
     */
    public <T> ApiResponse<T> callWithResponse(RestCall<T> call) {
        return transport.call(call, ResultShape.withResponse());
    }

    /**
     * Sends {@code call} like {@link #callAsync} and completes with the decoded body, status and
     * headers, as {@link #callWithResponse} returns them.
     *
     * @since 0.1.0
     */
    public <T> CompletableFuture<ApiResponse<T>> callWithResponseAsync(RestCall<T> call) {
        return transport.callAsync(call, ResultShape.withResponse());
    }

    /** The options this core was created with. */
    public HttpClientOptions options() {
        return options;
    }

    /** Refuses new calls; calls in flight complete. */
    @Override
    public void close() {
        transport.close();
    }
}
