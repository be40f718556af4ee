package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.observe.CallInfo;
import io.github.contractgen.runtime.observe.CallKind;
import io.github.contractgen.runtime.observe.Observation;
import io.github.contractgen.runtime.observe.Observers;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/** The machinery behind {@link RestClientCore}: one {@link HttpClient} and the calls sent through it. */
final class Transport {

    private final HttpClientOptions options;
    private final HttpClient client;
    private final BodyMemory memory;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private final String host;
    private final int port;
    private volatile boolean closed;

    Transport(HttpClientOptions options) {
        this(options, new BodyMemory(options));
    }

    /** A transport whose response bodies take their memory from {@code memory} (tests make it fail). */
    Transport(HttpClientOptions options, BodyMemory memory) {
        this.options = options;
        this.memory = memory;
        boolean https = "https".equalsIgnoreCase(options.baseUri().getScheme());
        this.client = HttpClient.newBuilder()
                // HTTP/2 over cleartext would send "Upgrade: h2c", which some servers reject.
                .version(https ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .sslContext(options.tls().sslContext())
                .sslParameters(options.tls().sslParameters())
                // Redirects are not followed: a redirect to another host must not carry the credentials.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (Credential credential : options.credentials()) {
            credentials.put(credential.scheme(), credential);
        }
        this.host = options.baseUri().getHost();
        this.port = port(options.baseUri());
    }

    /** Sends {@code call} on this thread (see {@link BlockingExecution} for why not through the async path). */
    <T, R> R call(RestCall<T> call, ResultShape<T, R> shape) {
        if (closed) {
            throw new IllegalStateException(call.operationId() + ": the client is closed");
        }
        PreparedCall<T> prepared = new PreparedCall<>(call, options, select(call));
        return new BlockingExecution<>(client, options, memory, prepared, shape, start(call)).run();
    }

    <T, R> CompletableFuture<R> callAsync(RestCall<T> call, ResultShape<T, R> shape) {
        if (closed) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException(call.operationId() + ": the client is closed"));
        }
        PreparedCall<T> prepared;
        try {
            prepared = new PreparedCall<>(call, options, select(call));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new CallExecution<>(client, options, memory, prepared, shape, start(call)).start();
    }

    private Observation start(RestCall<?> call) {
        CallInfo info = new CallInfo(options.serviceName(), call.operationId(), CallKind.HTTP, call.method(),
                call.pathTemplate(), host, port);
        return Observers.safeStart(options.observer(), info);
    }

    /** The base URI's port, or the scheme's default: the host and port only, never user information. */
    private static int port(java.net.URI base) {
        if (base.getPort() != -1) {
            return base.getPort();
        }
        return "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
    }

    /** The credentials of the first security alternative that every configured credential satisfies. */
    private List<Credential> select(RestCall<?> call) {
        List<List<String>> alternatives = call.security();
        if (alternatives.isEmpty()) {
            return List.of();
        }
        for (List<String> alternative : alternatives) {
            if (credentials.keySet().containsAll(alternative)) {
                List<Credential> chosen = new ArrayList<>();
                alternative.forEach(scheme -> chosen.add(credentials.get(scheme)));
                return chosen;
            }
        }
        StringJoiner needed = new StringJoiner(" or ");
        alternatives.forEach(alternative -> needed.add(String.join(" + ", alternative)));
        throw new ContractgenException(call.operationId() + ": no credentials for its security requirement; "
                + "configure " + needed + " (configured: " + credentials.keySet() + ")");
    }

    void close() {
        closed = true;
    }
}
