package io.github.contractgen.generator;

import io.github.contractgen.generator.model.ContractKind;
import java.util.Optional;

/**
 * Decides from a file's content what kind of contract it is, if it is one at all.
 *
 * <p>A file below the contracts directory need not be a contract: a JSON schema that a contract
 * {@code $ref}s is found too, and must be skipped silently, hence the {@code Optional}.
 */
@FunctionalInterface
public interface ContractDetector {

    /**
     * @param path the file's path relative to the contracts directory, for a detector that wants to
     *     name it in a message; never used to decide the kind
     * @param content the file's bytes
     * @return the kind, or empty when the file is no contract
     */
    Optional<ContractKind> detect(String path, byte[] content);
}
