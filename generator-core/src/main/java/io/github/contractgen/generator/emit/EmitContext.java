package io.github.contractgen.generator.emit;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.Objects;

/**
 * What an emitter gets: one service of one contract, with its names already decided.
 *
 * @param contract the contract the service comes from (its path goes into {@code @Generated})
 * @param service the service to emit
 * @param symbols the naming authority for the service
 * @param generatorVersion the generator's version, for {@code @Generated}
 */
public record EmitContext(Contract contract, Service service, SymbolTable symbols, String generatorVersion) {

    public EmitContext {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(symbols, "symbols");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
    }
}
