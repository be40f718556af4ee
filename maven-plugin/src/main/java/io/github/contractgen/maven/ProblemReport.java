package io.github.contractgen.maven;

import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.model.Diagnostic;
import java.nio.file.Path;

/**
 * Words a diagnostic for the build log: {@code src/main/contracts/petstore.yaml:41:9: message}.
 *
 * <p>The generator names files relative to the contracts directory; the log names them relative to
 * the project directory instead, which is where a developer and an IDE's console look them up.
 */
final class ProblemReport {

    private final Path contractsDirectory;
    private final Path projectDirectory;

    ProblemReport(Path contractsDirectory, Path projectDirectory) {
        this.contractsDirectory = contractsDirectory.toAbsolutePath().normalize();
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
    }

    /** One line: {@code file:line:col: message}, the file as the developer would type it. */
    String line(Diagnostic diagnostic) {
        Path file = contractsDirectory.resolve(diagnostic.location().file());
        String shown = file.startsWith(projectDirectory)
                ? projectDirectory.relativize(file).toString().replace('\\', '/')
                : file.toString();
        String text = diagnostic.toString();
        return shown + text.substring(diagnostic.location().file().length());
    }

    /** The message of the build failure: the summary, then every error, one per line. */
    String failure(GenerationResult result) {
        StringBuilder message = new StringBuilder(result.summary());
        for (Diagnostic error : result.errors()) {
            message.append(System.lineSeparator()).append("  ").append(line(error));
        }
        return message.toString();
    }
}
