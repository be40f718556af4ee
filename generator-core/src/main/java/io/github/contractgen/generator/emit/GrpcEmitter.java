package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.grpc.GrpcFiles;
import io.github.contractgen.generator.emit.grpc.RpcEmitContext;
import java.util.List;

/**
 * Emits the gRPC code of one service: {@code <Service>Grpc} (method descriptors, stubs, server base),
 * and the facades {@code <Service>Client} and {@code <Service>AsyncClient}. The message classes come
 * from protoc.
 */
public final class GrpcEmitter {

    public List<JavaFile> emit(RpcEmitContext context) {
        return GrpcFiles.of(context);
    }
}
