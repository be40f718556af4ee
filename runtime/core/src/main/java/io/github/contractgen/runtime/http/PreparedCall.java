package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.auth.Credential;
import io.github.contractgen.runtime.http.BodyEncoder.EncodedBody;
import io.github.contractgen.runtime.http.RestCall.NamedValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A call with everything that does not change between attempts worked out once: the path, the body
 * bytes, the credentials to apply. {@link #request} then builds each attempt's request with that
 * attempt's credentials and observer headers.
 */
final class PreparedCall<T> {

    private final RestCall<T> call;
    private final HttpClientOptions options;
    /** Scheme, authority and path: the request URI without its query. */
    private final String location;
    private final EncodedBody body;
    private final List<Credential> credentials;
    private URI safeUri;
    /** Every credential value sent so far: a token may rotate between attempts, and either may be echoed. */
    private Redaction redaction = Redaction.NONE;

    PreparedCall(RestCall<T> call, HttpClientOptions options, List<Credential> credentials) {
        this.call = call;
        this.options = options;
        URI base = options.baseUri();
        this.location = base.getScheme() + "://" + base.getRawAuthority()
                + UriEncoder.path(call.operationId(), base, call.pathTemplate(), call.pathParams());
        this.body = BodyEncoder.encode(call.body());
        this.credentials = credentials;
    }

    RestCall<T> call() {
        return call;
    }

    List<Credential> credentials() {
        return credentials;
    }

    /**
     * The URI without query: safe for messages, observers and {@code ResponseInfo}. Parsed once per
     * call, and only when needed; a request without query uses it as its URI.
     */
    synchronized URI safeUri() {
        if (safeUri == null) {
            safeUri = URI.create(location);
        }
        return safeUri;
    }

    /** What masks the credentials this call has sent, in whatever form a server echoes them. */
    synchronized Redaction redaction() {
        return redaction;
    }

    /** The size of the body, -1 when there is none. */
    long requestBytes() {
        return body.bytes() == null ? -1 : body.bytes().length;
    }

    /** One attempt's request, sent once at most ({@link OneExchangeBody}), within {@code timeout}. */
    HttpRequest request(AuthCollector auth, Map<String, String> observerHeaders, Duration timeout) {
        synchronized (this) {
            redaction = redaction.and(auth.redaction());
        }
        String query = UriEncoder.query(call.queryParams(), auth.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(query == null ? safeUri() : URI.create(location + "?" + query))
                .timeout(timeout)
                .method(call.method(), new OneExchangeBody(body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        for (NamedValue header : call.headers()) {
            if (!auth.setsHeader(header.name())) {
                addHeader(request, header.name(), headerValue(header.value()));
            }
        }
        if (options.userAgent() != null) {
            setHeader(request, "User-Agent", options.userAgent());
        }
        String accept = accept();
        if (accept != null) {
            setHeader(request, "Accept", accept);
        }
        if (body.contentType() != null) {
            setHeader(request, "Content-Type", body.contentType());
        }
        for (String[] header : auth.headers()) {
            setHeader(request, header[0], header[1]);
        }
        String cookies = cookies(auth);
        if (cookies != null) {
            setHeader(request, "Cookie", cookies);
        }
        observerHeaders.forEach((name, value) -> setHeader(request, name, value));
        return request.build();
    }

    private String accept() {
        return call.accept() != null ? call.accept() : call.responses().accept();
    }

    private String cookies(AuthCollector auth) {
        if (call.cookies().isEmpty() && auth.cookies().isEmpty()) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (NamedValue cookie : call.cookies()) {
            pairs.add(cookie.name() + "=" + cookieValue(headerValue(cookie.value())));
        }
        for (String[] cookie : auth.cookies()) {
            pairs.add(cookie[0] + "=" + cookieValue(cookie[1]));
        }
        return pairs.isEmpty() ? null : String.join("; ", pairs);
    }

    /** Lists as comma-joined (OpenAPI's "simple" style), scalars rendered. */
    private static String headerValue(Object value) {
        if (ParamRenderer.isList(value)) {
            StringJoiner joined = new StringJoiner(",");
            ParamRenderer.elements(value).forEach(item -> joined.add(ParamRenderer.scalar(item)));
            return joined.toString();
        }
        return ParamRenderer.scalar(value);
    }

    /** RFC 6265 cookie-octets pass; anything else (space, quote, comma, semicolon, ...) is percent-encoded. */
    private static String cookieValue(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            boolean octet = c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A)
                    || (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
            out.append(octet && c != '%' ? String.valueOf(c) : UriEncoder.encode(String.valueOf(c)));
        }
        return out.toString();
    }

    private void addHeader(HttpRequest.Builder request, String name, String value) {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException e) {
            throw invalidHeader(name);
        }
    }

    private void setHeader(HttpRequest.Builder request, String name, String value) {
        try {
            request.setHeader(name, value);
        } catch (IllegalArgumentException e) {
            throw invalidHeader(name);
        }
    }

    /** Names the header only: its value may be a secret. */
    private IllegalArgumentException invalidHeader(String name) {
        return new IllegalArgumentException(call.operationId() + ": header '" + name
                + "' cannot be sent: the name is restricted by java.net.http or the value has line breaks");
    }
}
