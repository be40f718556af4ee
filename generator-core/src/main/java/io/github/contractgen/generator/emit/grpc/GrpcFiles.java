package io.github.contractgen.generator.emit.grpc;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.config.ConfigClassEmitter;
import io.github.contractgen.generator.emit.config.ConfigPlans;
import java.util.List;
import java.util.Objects;

/** Every file of one gRPC service, in a fixed order. */
public final class GrpcFiles {

    private GrpcFiles() {}

    public static List<JavaFile> of(RpcEmitContext context) {
        Objects.requireNonNull(context, "context");
        return List.of(GrpcServiceEmitter.emit(context), ClientFacadeEmitter.emit(context),
                AsyncClientEmitter.emit(context), ExceptionEmitter.emit(context),
                new ConfigClassEmitter(ConfigPlans.grpc(context)).emit());
    }
}
