package io.github.contractgen.generator;

import io.github.contractgen.generator.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The one sentence a run tells the user; kept together so that the wording stays consistent. */
final class Summaries {

    private Summaries() {}

    static String contracts(int count) {
        return plural(count, "contract");
    }

    static String generated(int files, int contracts, OutputWriter.Counts counts) {
        return "contractgen: generated " + plural(files, "file") + " from " + contracts(contracts) + " ("
                + counts.written() + " written, " + counts.unchanged() + " unchanged, " + counts.deleted() + " removed)";
    }

    static String noContracts(Path contractsDirectory, OutputWriter.Counts counts) {
        String removed = counts.deleted() == 0 ? "" : "; removed " + plural(counts.deleted(), "file") + " generated earlier";
        return "contractgen: no contracts in " + contractsDirectory + removed;
    }

    static String failed(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        long files = errors.stream().map(d -> d.location().file()).distinct().count();
        return "contractgen: " + plural(errors.size(), "error") + " in " + plural((int) files, "contract")
                + ", nothing was generated";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
