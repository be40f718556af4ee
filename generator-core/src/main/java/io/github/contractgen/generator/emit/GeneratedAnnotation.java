package io.github.contractgen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code @Generated} every generated Java file carries, built in this one place:
 * {@code @Generated(value = "io.github.contractgen", comments = "contractgen 1.2.0 from src/main/contracts/petstore.yaml")}.
 *
 * <p>It names the generator, its version and the contract, by its path relative to the project's base
 * directory with {@code /} separators (relative to the contracts directory when there is no project, or
 * the contracts lie outside it). Never a date and never an absolute path: the output must be the same
 * on every machine and in every working directory. A new generator version changes every file; that is
 * the point of recording it.
 */
public final class GeneratedAnnotation {

    /** {@code javax.annotation.processing.Generated}: in the JDK, so no dependency for the user. */
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedAnnotation() {}

    /** The annotation for a file generated from {@code source} by generator version {@code generatorVersion}. */
    public static AnnotationSpec of(String generatorVersion, String source) {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(source, "source");
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", "io.github.contractgen")
                .addMember("comments", "$S", "contractgen " + generatorVersion + " from " + source)
                .build();
    }

    /** The annotation for a file of {@code context}'s service. */
    public static AnnotationSpec of(EmitContext context) {
        return of(context.generatorVersion(), context.contractSource());
    }

    /**
     * How {@code @Generated} names a contract: {@code contractPath} (relative to {@code contractsDirectory})
     * made relative to {@code projectDirectory} when the contracts lie inside it, else as it is.
     */
    public static String source(Path contractsDirectory, Optional<Path> projectDirectory, String contractPath) {
        Path contracts = contractsDirectory.toAbsolutePath().normalize();
        return projectDirectory
                .map(project -> project.toAbsolutePath().normalize())
                .filter(contracts::startsWith)
                .map(project -> project.relativize(contracts.resolve(contractPath).normalize()).toString()
                        .replace('\\', '/'))
                .orElse(contractPath);
    }
}
