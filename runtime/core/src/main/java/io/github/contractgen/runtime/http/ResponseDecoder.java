package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.ContractgenException;
import io.github.contractgen.runtime.DecodingException;
import io.github.contractgen.runtime.http.ResponseSpec.Entry;
import io.github.contractgen.runtime.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpResponse;

/** Turns a response into the call's result or its exception, following the {@link ResponseSpec}. */
final class ResponseDecoder {

    private ResponseDecoder() {}

    static ResponseInfo info(String operationId, String method, URI safeUri, HttpResponse<byte[]> response) {
        return new ResponseInfo(operationId, method, safeUri, response.statusCode(), response.headers().map(),
                response.body());
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
