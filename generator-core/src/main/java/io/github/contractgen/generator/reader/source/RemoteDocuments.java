package io.github.contractgen.generator.reader.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Fetches the documents that remote {@code $ref}s name, for readers that resolve references themselves
 * and only when the user allowed remote references. Over http and https only, with the JDK's TLS
 * verification and hostname checks (there is no way to turn them off), a connect and a request timeout,
 * and a size limit, so that a contract cannot make a build hang or read an endless stream.
 *
 * <p>Every reader that follows remote references fetches here, so that the limits are the same for
 * every contract kind. Requests are anonymous: no credentials are ever sent (the JDK client ignores user
 * information in a URL, and no authenticator or cookie handler is set), so a redirect, which is followed
 * to any host as public contracts often live behind one (raw file hosts, CDNs), cannot carry any along;
 * a redirect from https to http is refused. Diagnostics name URLs by {@link #display}, without the user
 * information and query that may hold secrets.
 */
public final class RemoteDocuments {

    /** The largest document fetched; the biggest real contracts are around 13 MB. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#@]*@");
    private static final Pattern QUERY = Pattern.compile("\\?[^#]*");

    private final HttpClient client;
    private final int maxBytes;
    private final Duration requestTimeout;

    public RemoteDocuments() {
        this(MAX_BYTES, REQUEST_TIMEOUT);
    }

    RemoteDocuments(int maxBytes) {
        this(maxBytes, REQUEST_TIMEOUT);
    }

    /** With other limits than the defaults: tests use small ones to see them fire quickly. */
    public RemoteDocuments(int maxBytes, Duration requestTimeout) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * {@code url} as diagnostics show it: without user information or query, which may hold secrets
     * (a token in {@code ?access_token=}); the fragment, a JSON pointer, stays. Works on text that is
     * not a valid URI too, since a reference that cannot be parsed must be shown as safely.
     */
    public static String display(String url) {
        Objects.requireNonNull(url, "url");
        return QUERY.matcher(USER_INFO.matcher(url).replaceFirst("")).replaceFirst("");
    }

    /** A document could not be fetched; the message says why, for a diagnostic. */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A body beyond the size limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int maxBytes) {
            super("the document is larger than " + maxBytes + " bytes, the most contractgen fetches; keep a local"
                    + " copy next to the contract and refer to that");
        }
    }

    /** Collects a body up to {@code maxBytes} and fails (cancelling the download) beyond. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(maxBytes));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /**
     * A fetched document.
     *
     * @param uri where it was read in the end, after redirects: the base for relative references in it
     *     (RFC 3986, 5.1.3)
     * @param bytes its content
     */
    public record Fetched(URI uri, byte[] bytes) {}

    /** The bytes at {@code uri} (without its fragment). */
    public byte[] fetch(URI uri) throws FetchException {
        return fetchDocument(uri).bytes();
    }

    /** The document at {@code uri} (without its fragment), with the URI it was read from in the end. */
    public Fetched fetchDocument(URI uri) throws FetchException {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https references are fetched, not '" + scheme + ":'", null);
        }
        // HTTP/1.1 on cleartext: the h2c upgrade header that HTTP/2 would send is refused by some servers.
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .version(scheme.equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .header("Accept", "application/json, application/yaml, text/yaml, */*;q=0.5").build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> new LimitedBody(maxBytes));
        HttpResponse<byte[]> response;
        try {
            // The request timeout ends at the response headers; this bounds the body too.
            response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchException("no complete response within " + (requestTimeout.toMillis() % 1000 == 0
                    ? requestTimeout.toSeconds() + " s" : requestTimeout.toMillis() + " ms"), e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchException(cause instanceof TooLarge ? cause.getMessage() : cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
        if (response.statusCode() / 100 != 2) {
            throw new FetchException("the server answered HTTP " + response.statusCode(), null);
        }
        return new Fetched(response.uri(), response.body());
    }
}
