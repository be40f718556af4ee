package io.github.contractgen.generator.emit.grpc;

import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.RpcService;
import io.github.contractgen.generator.naming.RpcNames;
import java.util.Objects;

/**
 * What a gRPC emitter gets: one service of one proto file, with its names already decided.
 *
 * <p>It stands beside {@code EmitContext} rather than inside it, as {@link RpcService} stands beside
 * the REST-shaped service: a gRPC service has no model types of ours and no base URI.
 *
 * @param file the proto file (its path goes into {@code @Generated})
 * @param service the service to emit
 * @param names the naming authority for the service
 * @param generatorVersion the generator's version, for {@code @Generated}
 * @param contractSource the proto file's path as {@code @Generated} names it
 */
public record RpcEmitContext(ProtoFile file, RpcService service, RpcNames names, String generatorVersion,
        String contractSource) {

    public RpcEmitContext {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(contractSource, "contractSource");
    }

    /** A context whose names come from the one naming authority, outside a project (tests). */
    public static RpcEmitContext of(ProtoFile file, RpcService service) {
        return of(file, service, "dev", file.path());
    }

    /** A context whose names come from the one naming authority. */
    public static RpcEmitContext of(ProtoFile file, RpcService service, String generatorVersion, String contractSource) {
        return new RpcEmitContext(file, service, RpcNames.of(service), generatorVersion, contractSource);
    }
}
