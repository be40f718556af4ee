package io.github.contractgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves {@code com.google.protobuf:protoc:<version>:exe:<platform>} like any artifact, so that it
 * comes from the user's repositories and mirrors and is cached in the local repository, then copies it
 * into the build directory and makes it executable (a local repository file must not be changed, and
 * Maven stores it without the executable bit).
 *
 * <p>It uses the {@code org.eclipse.aether} API that Maven 3.8 and 3.9 both provide, so the plugin
 * loads on both. The copy is made only when missing or of another size, so an up-to-date build costs
 * one resolution from the local repository.
 */
@Named
@Singleton
public class ProtocResolver {

    private final RepositorySystem repositories;

    @Inject
    public ProtocResolver(RepositorySystem repositories) {
        this.repositories = Objects.requireNonNull(repositories, "repositories");
    }

    /**
     * protoc of {@code version} for this machine, copied into {@code directory}.
     *
     * @throws MojoExecutionException when the platform has no protoc build or resolution fails; the
     *     message says to set {@code protocExecutable} instead
     */
    public Path resolve(RepositorySystemSession session, List<RemoteRepository> remotes, String version,
            Path directory) throws MojoExecutionException {
        String classifier = ProtocPlatform.current().orElseThrow(() -> new MojoExecutionException(
                "contractgen: Maven Central has no protoc for " + System.getProperty("os.name") + " on "
                        + System.getProperty("os.arch") + "; install protoc " + version
                        + " and set <protocExecutable> (-Dcontractgen.protocExecutable) to its path"));
        Artifact wanted = new DefaultArtifact("com.google.protobuf", "protoc", classifier, "exe", version);
        Path resolved;
        try {
            resolved = repositories.resolveArtifact(session, new ArtifactRequest(wanted, remotes, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("contractgen: cannot resolve " + wanted + " to compile the .proto contracts: "
                    + e.getMessage() + "; check <protocVersion>, or set <protocExecutable> to a local protoc", e);
        }
        try {
            return copyExecutable(resolved, directory.resolve("protoc-" + version + "-" + classifier + ".exe"));
        } catch (IOException e) {
            throw new MojoExecutionException("contractgen: cannot copy protoc to " + directory + ": " + e.getMessage(), e);
        }
    }

    static Path copyExecutable(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != Files.size(source)) {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            // A copy cut short (a killed build) must never look complete: copy aside, then rename.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (!Files.isExecutable(target) && !target.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + target + " executable");
        }
        return target;
    }
}
