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
 * @param contractSource the contract's path as {@code @Generated} names it: relative to the project,
 *     see {@link GeneratedAnnotation#source}
 */
public record EmitContext(Contract contract, Service service, SymbolTable symbols, String generatorVersion,
        String contractSource) {

    public EmitContext {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(symbols, "symbols");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(contractSource, "contractSource");
    }

    /** A context without a project: {@code @Generated} names the contract relative to the contracts directory. */
    public EmitContext(Contract contract, Service service, SymbolTable symbols, String generatorVersion) {
        this(contract, service, symbols, generatorVersion, Objects.requireNonNull(contract, "contract").path());
    }
}
