package io.github.contractgen.generator.reader.proto;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.ProtoFile;
import io.github.contractgen.generator.model.RpcService;
import java.util.List;

/**
 * What the proto reader found: the files to generate for, sorted by path, and every problem. A result
 * with an error diagnostic must not be emitted.
 */
public record ProtoReadResult(List<ProtoFile> files, List<Diagnostic> diagnostics) {

    public ProtoReadResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every service of every file, files in path order and services in declaration order. */
    public List<RpcService> services() {
        return files.stream().flatMap(f -> f.services().stream()).toList();
    }
}
