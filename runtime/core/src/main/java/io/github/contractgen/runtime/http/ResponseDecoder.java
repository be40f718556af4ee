package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.Redaction;
import io.github.contractgen.runtime.http.ResponseSpec.Entry;
import io.github.contractgen.runtime.json.JsonCodec;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a response into the call's result or its exception, following the {@link ResponseSpec}. */
final class ResponseDecoder {

    private ResponseDecoder() {}

    /**
     * The response as decoders, exceptions and observers see it, with the credentials the call sent
     * masked ({@link PreparedCall#redaction()}) in every header value, and in the body of a response that
     * becomes an exception: its message, its excerpt, {@code body()}, {@code rawBody()} and
     * {@code response()} then hold no echoed secret. A success body is the caller's data and is kept as
     * it came.
     */
    static ResponseInfo info(PreparedCall<?> prepared, HttpResponse<byte[]> response) {
        RestCall<?> call = prepared.call();
        Redaction redaction = prepared.redaction();
        int status = response.statusCode();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, redaction.apply(values)));
        byte[] body = call.responses().isError(status) ? redaction.apply(response.body()) : response.body();
        return new ResponseInfo(call.operationId(), call.method(), prepared.safeUri(), status, headers, body);
    }

    /**
     * The decoded success value, decoded by {@code codec}: the strict one, or the lenient one of a
     * client built with lenient decoding.
     *
     * @throws ContractgenException the declared error's exception, the undeclared status's, or a
     *     {@link DecodingException}
     */
    @SuppressWarnings("unchecked")
    static <T> T decode(ResponseSpec<T> spec, ResponseInfo response, JsonCodec codec) {
        Entry entry = spec.match(response.status());
        if (entry == null) {
            if (response.status() / 100 == 2) {
                return null;
            }
            throw notNull(spec.otherwise().create(response, response.body()), response);
        }
        if (entry.success()) {
            return (T) entry.body().decode(response, codec);
        }
        throw error(entry, response, codec);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ApiException error(Entry entry, ResponseInfo response, JsonCodec codec) {
        Object body;
        try {
            body = entry.body().decode(response, codec);
        } catch (DecodingException e) {
            // The declared exception with no body beats a decoding error: callers catch the former.
            body = null;
        }
        return notNull(((ErrorFactory) entry.factory()).create(response, body), response);
    }

    private static ApiException notNull(ApiException exception, ResponseInfo response) {
        return exception != null ? exception : new ApiException(response.operationId(), response, null);
    }
}
