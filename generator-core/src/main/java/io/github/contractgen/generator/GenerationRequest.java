package io.github.contractgen.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one generation run needs, fixed before it starts.
 *
 * <p>A build tool maps its own settings into a request and hands it to {@link Generator}; nothing in
 * here knows Maven, so a CLI or another build tool can use the same core.
 *
 * <p>Where things are written: the generated files and one state file ({@code .contractgen-state},
 * which javac ignores) go below {@code outputDirectory}; new files are staged and old ones backed up
 * below {@code workDirectory} while they are swapped in. Nothing else is ever written.
 *
 * @param contractsDirectory the root of the contracts; it may be missing (no contracts)
 * @param outputDirectory where the generated sources go; contractgen owns it alone
 * @param workDirectory a private scratch directory for staging and backups, e.g.
 *     {@code target/contractgen}; it must be on the same file system as {@code outputDirectory} for
 *     the swap to be a rename, and must not lie inside it
 * @param basePackage the package every service's package starts with; may be empty
 * @param allowRemoteRefs whether contracts may pull in {@code $ref}s from http(s) URLs
 * @param lenientRefs whether an internal {@code $ref} that leads nowhere is a warning, not an error
 * @param templatesDirectory a directory whose templates replace the built-in ones of the same name
 * @param projectDirectory the project's own base directory, which output must never replace
 * @param generatorVersion the generator's version, recorded in {@code @Generated} and in the state
 * @param protocExecutable the protoc that compiles {@code .proto} contracts; needed only when there are
 *     some (the Maven plugin resolves one from the Maven repository)
 * @param protobufJavaVersion the protobuf-java version the generated message classes will be compiled
 *     against, when the build tool knows it; protoc must match it
 * @param protoDependencies the project's compile dependencies (jars or class directories) in class path
 *     order: the {@code .proto} files inside them can be imported by proto contracts, and are not
 *     compiled again (their classes are in those jars); empty when the build tool does not say
 */
public record GenerationRequest(
        Path contractsDirectory,
        Path outputDirectory,
        Path workDirectory,
        String basePackage,
        boolean allowRemoteRefs,
        boolean lenientRefs,
        Optional<Path> templatesDirectory,
        Optional<Path> projectDirectory,
        String generatorVersion,
        Optional<Path> protocExecutable,
        Optional<String> protobufJavaVersion,
        List<Path> protoDependencies) {

    public GenerationRequest {
        contractsDirectory = Objects.requireNonNull(contractsDirectory, "contractsDirectory").toAbsolutePath().normalize();
        outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory").toAbsolutePath().normalize();
        workDirectory = Objects.requireNonNull(workDirectory, "workDirectory").toAbsolutePath().normalize();
        Objects.requireNonNull(basePackage, "basePackage");
        templatesDirectory = Objects.requireNonNull(templatesDirectory, "templatesDirectory")
                .map(path -> path.toAbsolutePath().normalize());
        projectDirectory = Objects.requireNonNull(projectDirectory, "projectDirectory")
                .map(path -> path.toAbsolutePath().normalize());
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        protocExecutable = Objects.requireNonNull(protocExecutable, "protocExecutable")
                .map(path -> path.toAbsolutePath().normalize());
        Objects.requireNonNull(protobufJavaVersion, "protobufJavaVersion");
        protoDependencies = Objects.requireNonNull(protoDependencies, "protoDependencies").stream()
                .map(path -> path.toAbsolutePath().normalize()).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings of a request; {@code contractsDirectory}, {@code outputDirectory} and
     * {@code workDirectory} are required, the rest have defaults. */
    public static final class Builder {
        private Path contractsDirectory;
        private Path outputDirectory;
        private Path workDirectory;
        private String basePackage = "";
        private boolean allowRemoteRefs;
        private boolean lenientRefs;
        private Path templatesDirectory;
        private Path projectDirectory;
        private String generatorVersion = "dev";
        private Path protocExecutable;
        private String protobufJavaVersion;
        private List<Path> protoDependencies = List.of();

        private Builder() {}

        public Builder contractsDirectory(Path value) {
            this.contractsDirectory = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            this.outputDirectory = value;
            return this;
        }

        public Builder workDirectory(Path value) {
            this.workDirectory = value;
            return this;
        }

        public Builder basePackage(String value) {
            this.basePackage = value;
            return this;
        }

        public Builder allowRemoteRefs(boolean value) {
            this.allowRemoteRefs = value;
            return this;
        }

        public Builder lenientRefs(boolean value) {
            this.lenientRefs = value;
            return this;
        }

        /** {@code null} means the built-in templates only. */
        public Builder templatesDirectory(Path value) {
            this.templatesDirectory = value;
            return this;
        }

        /** {@code null} when there is no project directory to protect. */
        public Builder projectDirectory(Path value) {
            this.projectDirectory = value;
            return this;
        }

        public Builder generatorVersion(String value) {
            this.generatorVersion = value;
            return this;
        }

        /** {@code null} when no protoc is configured; {@code .proto} contracts then fail with a message saying so. */
        public Builder protocExecutable(Path value) {
            this.protocExecutable = value;
            return this;
        }

        /** {@code null} when unknown; then protoc's version is not checked against it. */
        public Builder protobufJavaVersion(String value) {
            this.protobufJavaVersion = value;
            return this;
        }

        /** The project's compile dependencies, in class path order, whose protos contracts may import. */
        public Builder protoDependencies(List<Path> value) {
            this.protoDependencies = List.copyOf(value);
            return this;
        }

        public GenerationRequest build() {
            return new GenerationRequest(contractsDirectory, outputDirectory, workDirectory, basePackage,
                    allowRemoteRefs, lenientRefs, Optional.ofNullable(templatesDirectory), Optional.ofNullable(projectDirectory),
                    generatorVersion, Optional.ofNullable(protocExecutable), Optional.ofNullable(protobufJavaVersion),
                    protoDependencies);
        }
    }
}
