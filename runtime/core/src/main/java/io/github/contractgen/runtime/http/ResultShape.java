package io.github.contractgen.runtime.http;

/**
 * What a call yields once its response has decoded: the body alone ({@link RestClientCore#call}) or
 * the body with the status and headers ({@link RestClientCore#callWithResponse}).
 *
 * <p>Both go through the same execution, retries and observer; only this last step differs.
 *
 * @param <T> the decoded body's type
 * @param <R> what the caller gets
 */
@FunctionalInterface
interface ResultShape<T, R> {

    R result(ResponseInfo response, T body);

    /** The body alone. */
    static <T> ResultShape<T, T> body() {
        return (response, body) -> body;
    }

    /** The body with the response's status and (safe) headers. */
    static <T> ResultShape<T, ApiResponse<T>> withResponse() {
        return ApiResponse::of;
    }
}
