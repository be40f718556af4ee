package io.github.contractgen.generator.reader.proto;

import io.github.contractgen.generator.model.Diagnostic;
import java.util.List;

/**
 * How a protoc run ended: its exit code and what it printed, as diagnostics.
 *
 * @param exitCode protoc's exit code, 0 on success
 * @param diagnostics one per message protoc printed, errors and warnings, in protoc's order
 */
public record ProtocResult(int exitCode, List<Diagnostic> diagnostics) {

    public ProtocResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether protoc failed; then the outputs must not be used. */
    public boolean hasErrors() {
        return exitCode != 0 || diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
