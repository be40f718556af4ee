package io.github.contractgen.runtime.http;

import io.github.contractgen.runtime.ApiException;

/**
 * Makes the exception for an error response, from the response and its decoded body.
 *
 * <p>Generated code passes constructor references of its per-service exceptions
 * ({@code PetstoreException.NotFound::new}), so that callers catch typed exceptions.
 *
 * @param <B> the decoded error body's type
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorFactory<B> {

    ApiException create(ResponseInfo response, B body);
}
