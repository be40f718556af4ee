package io.github.contractgen.runtime.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.runtime.ContractgenException;
import io.grpc.Metadata;
import io.grpc.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GrpcStatusExceptionTest {

    @Test
    void carriesStatusAndACopyOfTheTrailers() {
        Metadata trailers = new Metadata();
        trailers.put(EchoServer.DETAIL, "d");

        GrpcStatusException e = GrpcStatusException.from(Status.ABORTED.withDescription("busy").asRuntimeException(trailers));
        e.trailers().put(EchoServer.DETAIL, "changed");

        assertThat(e).isInstanceOf(ContractgenException.class).hasMessage("gRPC call failed: ABORTED: busy");
        assertThat(e.code()).isEqualTo(Status.Code.ABORTED);
        assertThat(e.trailers().getAll(EchoServer.DETAIL)).containsExactly("d");
    }

    @Test
    void anyOtherThrowableIsUnknownWithItAsTheCause() {
        IOException cause = new IOException("disk");

        GrpcStatusException e = GrpcStatusException.from(cause);

        assertThat(e.code()).isEqualTo(Status.Code.UNKNOWN);
        assertThat(e).hasCause(cause);
        assertThat(GrpcStatusException.from(e)).isSameAs(e);
    }
}
