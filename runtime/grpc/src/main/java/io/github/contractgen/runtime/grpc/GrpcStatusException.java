package io.github.contractgen.runtime.grpc;

import io.github.contractgen.runtime.ContractgenException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.util.Objects;

/**
 * A gRPC call that ended with a status other than OK, with the status and the trailers the server sent.
 *
 * <p>Generated clients throw a subclass named after the service ({@code RouteGuideException}, made
 * through a {@link Factory}) instead of grpc-java's {@link StatusRuntimeException}, so that one
 * {@code catch (ContractgenException e)} handles REST, gRPC and event failures alike, while code that
 * cares about gRPC looks at {@link #status()} (a deadline that passed is {@code DEADLINE_EXCEEDED}, a
 * call the caller cancelled is {@code CANCELLED}, and so is one that code around it broke, such as a
 * response that cannot be parsed or a request publisher that failed: {@link #getCause()} is then what it
 * threw) and at {@link #trailers()} for error details.
 *
 * @since 0.1.0
 */
public class GrpcStatusException extends ContractgenException {

    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final transient Metadata trailers;

    /**
     * Makes the exception a failed call ends with. Generated clients pass their own
     * {@code <Service>Exception::new} (see {@link GrpcCalls#throwing}) so that callers catch a type
     * named after the service; {@code GrpcStatusException::new} is the default.
     */
    @FunctionalInterface
    public interface Factory {

        /** The exception for a call that ended with {@code status} (never OK) and {@code trailers}. */
        GrpcStatusException create(Status status, Metadata trailers);
    }

    /**
     * @param status the status the call ended with; never OK
     * @param trailers the trailers the server sent, or {@code null} for none
     */
    public GrpcStatusException(Status status, Metadata trailers) {
        super(message(Objects.requireNonNull(status, "status")), status.getCause());
        this.status = status;
        this.trailers = copy(trailers);
    }

    /**
     * {@code failure} as a GrpcStatusException: itself when it is one, the status and trailers of
     * grpc-java's status exceptions, and any other throwable as {@code UNKNOWN} with it as the cause.
     */
    public static GrpcStatusException from(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        if (failure instanceof GrpcStatusException e) {
            return e;
        }
        if (failure instanceof StatusRuntimeException e) {
            return new GrpcStatusException(e.getStatus(), e.getTrailers());
        }
        if (failure instanceof StatusException e) {
            return new GrpcStatusException(e.getStatus(), e.getTrailers());
        }
        return new GrpcStatusException(Status.fromThrowable(failure), Status.trailersFromThrowable(failure));
    }

    /**
     * {@code failure} as the exception {@code factory} makes, with the status and trailers that
     * {@link #from(Throwable)} finds; an exception of the factory's making is passed through unchanged,
     * so converting twice is harmless.
     */
    public static GrpcStatusException from(Throwable failure, Factory factory) {
        Objects.requireNonNull(factory, "factory");
        GrpcStatusException plain = from(failure);
        if (plain.getClass() != GrpcStatusException.class) {
            return plain; // already a service's own exception
        }
        GrpcStatusException made = factory.create(plain.status, plain.trailers);
        return Objects.requireNonNull(made, "the exception factory returned null");
    }

    /** The status the call ended with; never OK. */
    public Status status() {
        return status;
    }

    /** The status code, for a {@code switch}. */
    public Status.Code code() {
        return status.getCode();
    }

    /** The trailers the server sent (a copy), empty when there were none. */
    public Metadata trailers() {
        return copy(trailers);
    }

    private static Metadata copy(Metadata trailers) {
        Metadata copy = new Metadata();
        if (trailers != null) {
            copy.merge(trailers);
        }
        return copy;
    }

    private static String message(Status status) {
        String description = status.getDescription();
        return "gRPC call failed: " + status.getCode() + (description == null ? "" : ": " + description);
    }
}
