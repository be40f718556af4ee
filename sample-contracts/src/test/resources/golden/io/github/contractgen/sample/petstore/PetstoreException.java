package io.github.contractgen.sample.petstore;

import io.github.contractgen.runtime.ApiException;
import io.github.contractgen.runtime.http.ResponseInfo;
import io.github.contractgen.sample.petstore.model.ErrorModel;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * An error status from Petstore: the response was received, and the contract (or HTTP) calls it an error.
 *
 * <p>Statuses some operation declares have a nested subclass, with the decoded body; a status an operation does not declare arrives as this class, its raw body in {@link #rawBody()}.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/petstore.yaml"
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
     * HTTP 409.
     */
    public static final class Conflict extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public Conflict(ResponseInfo response, @Nullable ErrorModel body) {
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
     * An HTTP 4XX status that the operation covers only by its {@code 4XX} response.
     */
    public static final class ClientError extends PetstoreException {
        private static final long serialVersionUID = 1L;

        /**
         * An exception for {@code response}, whose body decoded into {@code body}.
         *
         * @param response the response's status, headers and operation
         * @param body the decoded body, or {@code null} when the response had none
         */
        public ClientError(ResponseInfo response, @Nullable ErrorModel body) {
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
