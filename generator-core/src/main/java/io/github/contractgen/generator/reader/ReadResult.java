package io.github.contractgen.generator.reader;

import io.github.contractgen.generator.model.Contract;
import io.github.contractgen.generator.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found: the contract, when it could be read, and every problem, not just the first.
 * A result with an error diagnostic must not be emitted, even when a contract came back.
 */
public record ReadResult(Optional<Contract> contract, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
