package io.github.contractgen.generator;

import io.github.contractgen.generator.emit.Emitter;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.reader.ContractReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The readers and emitters contractgen ships, wired in one place.
 *
 * <p>Each reader and emitter is developed on its own; this is the one list that names them all, so
 * that adding a kind of contract or of output is a one-line change here.
 */
final class StandardPipeline {

    private StandardPipeline() {}

    static Generator generator() {
        Map<ContractKind, ContractReader> readers = new EnumMap<>(ContractKind.class);
        List<Emitter> emitters = List.of();
        return new Generator(new SimpleContractDetector(), readers, emitters);
    }
}
