package com.example.petstore;

import com.example.petstore.model.ErrorModel;
import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.http.ResponseInfo;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An error status from Petstore: the response was received, and the contract (or HTTP) calls it an error.
 *
 * <p>Statuses some operation declares have a nested subclass, with the decoded body; a status an operation does not declare arrives as this class, its raw body in {@link #rawBody()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0 from petstore.yaml"
)
public class PetstoreException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for {@code response}, whose body decoded into {@code body}.
     *
     * @param response the response's status, headers and operation
     * @param body the decoded body, or {@code null} when the response had none
     */
    protected PetstoreException(ResponseInfo response, @Nullable Object body) {
        super(response.operationId(), response, body);
    }

    /**
     * For a status the operation does not declare: the body stays raw.
     */
    static PetstoreException undeclared(ResponseInfo response, byte[] body) {
        return new PetstoreException(response, null);
    }

    /**
     * HTTP 401.
     */
    public static final class Unauthorized extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public Unauthorized(ResponseInfo response, @Nullable String body) {
            super(response, body);
        }

        /**
         * The decoded body, or {@code null} when the response had none.
         *
         * @return the body, as the contract declares it for this status
         */
        @Override
        public @Nullable String body() {
            return (String) super.body();
        }
    }

    /**
     * HTTP 404.
     */
    public static final class NotFound extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public NotFound(ResponseInfo response, @Nullable ErrorModel body) {
            super(response, body);
        }

        /**
         * The decoded body, or {@code null} when the response had none.
         *
         * @return the body, as the contract declares it for this status
         */
        @Override
        public @Nullable ErrorModel body() {
            return (ErrorModel) super.body();
        }
    }

    /**
     * HTTP 422.
     */
    public static final class UnprocessableEntity extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public UnprocessableEntity(ResponseInfo response, @Nullable ErrorModel body) {
            super(response, body);
        }

        /**
         * The decoded body, or {@code null} when the response had none.
         *
         * @return the body, as the contract declares it for this status
         */
        @Override
        public @Nullable ErrorModel body() {
            return (ErrorModel) super.body();
        }
    }

    /**
     * A status the operation covers only by its {@code default} response.
     */
    public static final class UnexpectedStatus extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public UnexpectedStatus(ResponseInfo response, @Nullable ErrorModel body) {
            super(response, body);
        }

        /**
         * The decoded body, or {@code null} when the response had none.
         *
         * @return the body, as the contract declares it for this status
         */
        @Override
        public @Nullable ErrorModel body() {
            return (ErrorModel) super.body();
        }
    }
}
