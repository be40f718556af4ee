package io.github.contractgen.sample.inventory.v1;

import io.github.contractgen.runtime.grpc.GrpcStatusException;
import io.grpc.Metadata;
import io.grpc.Status;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A call to {@code contractgen.sample.inventory.v1.Inventory} that ended with a status other than OK.
 *
 * <p>Every call of {@link InventoryClient} and {@link InventoryAsyncClient} fails with it: {@link #status()} says why ({@code DEADLINE_EXCEEDED} for a deadline that passed, {@code CANCELLED} for a call the caller cancelled or that code around it broke, such as a response that cannot be parsed: then {@link #getCause()} is what it threw), {@link #trailers()} holds the error details the server sent. Being a {@code GrpcStatusException}, it is a {@code ContractgenException} too, the one type that catches the failures of every contractgen client.
 */
@Generated(
        value = "io.github.contractgen",
        comments = "contractgen 0.1.0-SNAPSHOT from src/main/contracts/inventory.proto"
)
public class InventoryException extends GrpcStatusException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a call that ended with {@code status} and {@code trailers}.
     *
     * @param status the status the call ended with; never OK
     * @param trailers the trailers the server sent, or {@code null} for none
     */
    public InventoryException(Status status, @Nullable Metadata trailers) {
        super(status, trailers);
    }
}
