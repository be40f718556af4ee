package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.ClientEmitter;
import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.emit.EventsEmitter;
import io.github.contractgen.generator.emit.GrpcEmitter;
import io.github.contractgen.generator.emit.ModelEmitter;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.reader.AsyncApiReader;
import io.github.contractgen.generator.reader.ContractKinds;
import io.github.contractgen.generator.reader.ContractReader;
import io.github.contractgen.generator.reader.OpenApiReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readers and emitters contractgen ships, wired in one place.
 *
 * <p>Each reader and emitter is developed on its own; this is the one list that names them all, so
 * that adding a kind of contract or of output is a one-line change here. Emitters run in this order
 * for every service; their files never overlap, so the order only fixes the order of work.
 */
final class StandardPipeline {

    private StandardPipeline() {}

    static Generator generator() {
        Map<ContractKind, ContractReader> readers = new EnumMap<>(ContractKind.class);
        readers.put(ContractKind.OPENAPI, new OpenApiReader());
        readers.put(ContractKind.ASYNCAPI, new AsyncApiReader());
        List<Emitter> emitters = List.of(new ModelEmitter(), new ClientEmitter(), new EventsEmitter());
        return new Generator((path, content) -> ContractKinds.detect(content), readers, emitters,
                Optional.of(new ProtoStage(new GrpcEmitter())), OutputWriter.Mover.RENAME);
    }
}
