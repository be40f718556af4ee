package io.github.contractgen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;

/**
 * The project's compile class path (compile, provided and system scopes), resolved on request: the jars
 * whose {@code .proto} files the proto contracts may import.
 *
 * <p>The Mojo declares {@code requiresDependencyResolution = NONE} and calls this only when there are
 * {@code .proto} contracts, so OpenAPI and AsyncAPI builds never resolve anything. Declaring
 * {@code COMPILE} on the Mojo instead would resolve for every build of every module that uses the
 * plugin, before the fingerprint can say "nothing to do", and would make {@code mvn generate-sources}
 * of a reactor fail until sibling modules are built. Measured on the proto IT project (21 jars, all in
 * the local repository, a 2-core machine at load 13): 350-850 ms in a fresh Maven, the cost the
 * compiler plugin pays for the same graph moments later anyway; the debug log prints it for each build.
 * The jars are then only listed; just those with protos in them are hashed ({@code DependencyProtos}).
 *
 * <p>The graph is Maven's own ({@link ProjectDependenciesResolver}): managed versions, exclusions and
 * reactor siblings (their class directories) come out as the compiler will see them. A dependency that
 * cannot be resolved is left out with a warning rather than failing the build here: if a contract
 * imports a proto from it, protoc names the missing file.
 */
@Named
@Singleton
public class ProtoDependencies {

    /** The scopes on the compile class path. */
    private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system");

    /** Keeps the compile class path's nodes, as Maven's {@code ScopeDependencyFilter} would. */
    private static final DependencyFilter COMPILE_CLASS_PATH = (node, parents) ->
            node.getDependency() == null || COMPILE_SCOPES.contains(node.getDependency().getScope());

    private final ProjectDependenciesResolver resolver;

    @Inject
    public ProtoDependencies(ProjectDependenciesResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The files (jars or class directories) of the compile class path, in Maven's resolution order. */
    public List<Path> resolve(MavenProject project, RepositorySystemSession session, Log log) {
        long started = System.nanoTime();
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(new DefaultDependencyResolutionRequest(project, session)
                    .setResolutionFilter(COMPILE_CLASS_PATH));
        } catch (DependencyResolutionException e) {
            result = e.getResult();
            log.warn("contractgen: some dependencies could not be resolved, so .proto contracts cannot import"
                    + " protos from them: " + e.getMessage());
        }
        List<Path> files = new ArrayList<>();
        if (result == null) {
            return files;
        }
        for (Dependency dependency : result.getResolvedDependencies()) {
            File file = dependency.getArtifact() == null ? null : dependency.getArtifact().getFile();
            if (file != null) {
                files.add(file.toPath());
            }
        }
        log.debug("contractgen: resolved " + files.size() + " compile dependencies for .proto imports in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return files;
    }
}
