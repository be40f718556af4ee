package io.github.contractgen.maven;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.model.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystemSession;

/**
 * Generates typed Java clients from the contracts below {@code contractsDirectory} and adds them to
 * the project's compile sources.
 *
 * <p>Every {@code .yaml}, {@code .yml}, {@code .json} and {@code .proto} file is looked at; its kind
 * (OpenAPI, AsyncAPI, protobuf) is found from its content. When neither the contracts nor the
 * settings changed since the last run, nothing is read or written. A broken contract fails the build
 * with the file, line and column of every problem and leaves the earlier output as it was.
 *
 * <p>Dependency resolution is {@code NONE}: OpenAPI and AsyncAPI contracts need only the contract files
 * and the generator's own classpath. Asking Maven for the dependencies would make every build, even one
 * with nothing to do, wait for resolution, and in a reactor it would force sibling modules to be built
 * before their sources can even be generated (which breaks IDE imports and {@code mvn generate-sources}).
 * Only when there are {@code .proto} contracts is the compile class path resolved, by the plugin itself
 * ({@link ProtoDependencies}): the {@code .proto} files in those jars (the well-known types in
 * protobuf-java, {@code google/type/money.proto} in proto-google-common-protos, ...) can be imported,
 * and are not compiled again, since their classes are in the jars. A contracts folder's own copy of such
 * a file is not compiled either.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractMojo {

    /**
     * The directory that holds the contracts; every file below it is considered. A missing directory
     * means there are no contracts, which is not an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.contractsDirectory", defaultValue = "${project.basedir}/src/main/contracts",
            required = true)
    private File contractsDirectory;

    /**
     * Where the generated sources go; added to the project's compile source roots. contractgen owns
     * this directory: it replaces and deletes files in it, so it refuses a directory that holds files
     * it did not generate, the project directory and hand-written source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/contractgen", required = true)
    private File outputDirectory;

    /**
     * The package every service's package starts with. A contract {@code billing/invoices.yaml} with
     * a service {@code Invoices} generates into {@code <basePackage>.billing.invoices}. Defaults to
     * the project's groupId, each segment made a legal package name ({@code com.my-co} becomes
     * {@code com.myco}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.basePackage")
    private String basePackage;

    /**
     * Skips generation. The output directory is still added to the compile sources, so that code
     * generated earlier keeps compiling.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether contracts may {@code $ref} documents on http(s) URLs. Off by default, so that a build
     * never reaches the network because a contract says so: a remote reference then fails the build at
     * its line. When on, OpenAPI and AsyncAPI contracts fetch each referenced document once, over http
     * or https with the JDK's certificate checks, at most 32 MB each, with a 10 s connect and a 30 s
     * overall timeout and no credentials sent; references inside a fetched document are resolved
     * against its URL.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.allowRemoteRefs", defaultValue = "false")
    private boolean allowRemoteRefs;

    /**
     * Whether an internal {@code $ref} that leads nowhere is only a warning, read as "any JSON value",
     * instead of failing the build. Off by default: a dangling reference is a broken contract. Turn it
     * on for a published contract with a known broken reference that you cannot fix.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.lenientRefs", defaultValue = "false")
    private boolean lenientRefs;

    /**
     * A directory of templates that replace the built-in ones of the same name (for the per-service
     * configuration file and usage notes). A {@code templates.list} in it replaces the built-in list
     * of templates and where their output goes. For example:
     *
     * <pre>
     * &lt;configuration&gt;
     *   &lt;templatesDirectory&gt;${project.basedir}/src/main/contractgen-templates&lt;/templatesDirectory&gt;
     * &lt;/configuration&gt;
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.templatesDirectory")
    private File templatesDirectory;

    /**
     * The version of {@code com.google.protobuf:protoc} that compiles {@code .proto} contracts, resolved
     * from the Maven repositories for this machine's OS and CPU. Defaults to the protobuf version
     * contractgen was built with, which is the protobuf-java that {@code contractgen-runtime-grpc}
     * brings; protoc and protobuf-java must have the same version. Only used when there are
     * {@code .proto} contracts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.protocVersion")
    private String protocVersion;

    /**
     * A local protoc to use instead of resolving one: for offline builds and platforms without a protoc
     * on Maven Central. For example:
     *
     * <pre>
     * &lt;configuration&gt;
     *   &lt;protocExecutable&gt;/usr/local/bin/protoc&lt;/protocExecutable&gt;
     * &lt;/configuration&gt;
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "contractgen.protocExecutable")
    private File protocExecutable;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Where protoc is resolved from: the build's repository session (settings, mirrors, offline mode). */
    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    /** The plugin's own descriptor: its version is the generator's version in {@code @Generated}. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final ContractgenRunner runner;
    private final ProtocResolver protocResolver;
    private final ProtoDependencies protoDependencies;

    @Inject
    public GenerateMojo(ContractgenRunner runner, ProtocResolver protocResolver, ProtoDependencies protoDependencies) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.protocResolver = Objects.requireNonNull(protocResolver, "protocResolver");
        this.protoDependencies = Objects.requireNonNull(protoDependencies, "protoDependencies");
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // Registered first and on every path: a skipped or up-to-date run must still compile what is there.
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("contractgen: skipped (contractgen.skip=true)");
            return;
        }
        GenerationRequest request = request();
        GenerationResult result;
        try {
            result = runner.run(request);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("contractgen: cannot generate into " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("contractgen: internal error, please report it: " + e, e);
        }
        report(result, new ProblemReport(request.contractsDirectory(), project.getBasedir().toPath()));
    }

    private GenerationRequest request() throws MojoExecutionException {
        String pkg = basePackage != null ? basePackage.strip() : BasePackages.fromGroupId(project.getGroupId());
        boolean protos = protoContractsPresent();
        return GenerationRequest.builder()
                .contractsDirectory(contractsDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .workDirectory(Path.of(project.getBuild().getDirectory(), "contractgen"))
                .projectDirectory(project.getBasedir().toPath())
                .basePackage(pkg)
                .allowRemoteRefs(allowRemoteRefs)
                .lenientRefs(lenientRefs)
                .templatesDirectory(templatesDirectory == null ? null : templatesDirectory.toPath())
                .generatorVersion(plugin.getVersion())
                .protocExecutable(protos ? protoc() : null)
                .protobufJavaVersion(protobufJavaVersion())
                .protoDependencies(protos ? protoDependencies.resolve(project, repositorySession, getLog()) : List.of())
                .build();
    }

    /**
     * protobuf-java's version as the project declares or manages it, read from the model without
     * resolving anything; null when the project leaves it to contractgen-runtime-grpc, whose version
     * matches the default protoc. protoc must match it, and the generator checks that before running.
     */
    private String protobufJavaVersion() {
        Stream<Dependency> declared = project.getDependencies().stream();
        Stream<Dependency> managed = project.getDependencyManagement() == null ? Stream.empty()
                : project.getDependencyManagement().getDependencies().stream();
        return Stream.concat(declared, managed)
                .filter(d -> "com.google.protobuf".equals(d.getGroupId()) && "protobuf-java".equals(d.getArtifactId()))
                .map(Dependency::getVersion)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Whether there are proto contracts: only then are protoc and the dependencies resolved. */
    private boolean protoContractsPresent() throws MojoExecutionException {
        try {
            return ProtoContracts.present(contractsDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("contractgen: " + e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
    }

    /** The protoc to run: the configured one, or one resolved from the Maven repositories. */
    private Path protoc() throws MojoExecutionException {
        if (protocExecutable != null) {
            return protocExecutable.toPath();
        }
        String version = protocVersion != null && !protocVersion.isBlank() ? protocVersion.strip()
                : ProtoContracts.BUILT_WITH_PROTOBUF;
        return protocResolver.resolve(repositorySession, project.getRemoteProjectRepositories(), version,
                Path.of(project.getBuild().getDirectory(), "contractgen", "protoc"));
    }

    private void report(GenerationResult result, ProblemReport problems) throws MojoFailureException {
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                getLog().error(problems.line(diagnostic));
            } else {
                getLog().warn(problems.line(diagnostic));
            }
        }
        if (result.failed()) {
            throw new MojoFailureException(problems.failure(result));
        }
        getLog().info(result.summary());
    }
}
