package io.github.contractgen.generator;

import io.github.contractgen.generator.model.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What a generation run did, with one sentence for the user.
 *
 * @param status whether anything had to be done and whether it worked
 * @param contracts how many contract files were found (files that are no contract are not counted)
 * @param written files written because they are new or their bytes changed
 * @param unchanged files generated with the same bytes they already had, left untouched
 * @param deleted files the previous run produced that this run no longer produces
 * @param diagnostics every problem found in every contract, warnings included, in file order
 * @param summary one sentence for the build log, e.g.
 *     {@code contractgen: generated 42 files from 3 contracts (5 written, 37 unchanged, 1 removed)}
 */
public record GenerationResult(
        Status status, int contracts, int written, int unchanged, int deleted,
        List<Diagnostic> diagnostics, String summary) {

    /** The outcome of a run. */
    public enum Status {
        /** Inputs unchanged and the output still in place: nothing was read or written. */
        UP_TO_DATE,
        /** The output was brought up to date (possibly by writing nothing at all). */
        GENERATED,
        /** A contract or the configuration is wrong; the output was left exactly as it was. */
        FAILED
    }

    public GenerationResult {
        Objects.requireNonNull(status, "status");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(summary, "summary");
    }

    static GenerationResult failed(int contracts, List<Diagnostic> diagnostics, String summary) {
        return new GenerationResult(Status.FAILED, contracts, 0, 0, 0, diagnostics, summary);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The error diagnostics only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
