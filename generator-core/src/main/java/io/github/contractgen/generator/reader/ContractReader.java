package io.github.contractgen.generator.reader;

import java.nio.file.Path;

/** Reads one kind of contract into the contract model. */
public interface ContractReader {

    /**
     * Reads {@code file}.
     *
     * @param contractsDirectory the root that relative paths in the model and diagnostics start from
     * @param file the contract, below {@code contractsDirectory}
     * @param options how to read
     * @return the contract and every problem found; never throws for a problem in the contract itself
     */
    ReadResult read(Path contractsDirectory, Path file, ReaderOptions options);
}
