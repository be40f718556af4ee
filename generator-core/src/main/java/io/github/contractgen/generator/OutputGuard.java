package io.github.contractgen.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Refuses an output directory that contractgen must not own, before anything is written.
 *
 * <p>Generation replaces and deletes files in its output directory. Pointed at the wrong place — the
 * project itself, {@code src/main/java}, the contracts — it would destroy hand-written work, so each
 * such mistake is a clear error instead. A directory that holds files contractgen did not write is
 * refused for the same reason, unless it is empty.
 */
final class OutputGuard {

    private static final Set<String> SOURCE_ROOT_NAMES = Set.of("java", "resources", "kotlin", "groovy", "scala");
    private static final int NAMES_SHOWN = 3;

    private OutputGuard() {}

    /** The reason to refuse, or empty when {@code request.outputDirectory()} is safe to own. */
    static Optional<String> check(GenerationRequest request, Optional<OutputState> state) throws IOException {
        Path out = request.outputDirectory();
        String fix = "; set outputDirectory to a directory of its own, such as target/generated-sources/contractgen";
        if (request.projectDirectory().isPresent() && request.projectDirectory().get().startsWith(out)) {
            return Optional.of("outputDirectory " + out + " is the project directory or one of its parents" + fix);
        }
        if (request.contractsDirectory().startsWith(out) || out.startsWith(request.contractsDirectory())) {
            return Optional.of("outputDirectory " + out + " overlaps the contracts directory "
                    + request.contractsDirectory() + fix);
        }
        if (request.templatesDirectory().isPresent() && request.templatesDirectory().get().startsWith(out)) {
            return Optional.of("outputDirectory " + out + " contains the templates directory" + fix);
        }
        if (request.workDirectory().startsWith(out)) {
            return Optional.of("outputDirectory " + out + " contains contractgen's work directory "
                    + request.workDirectory() + fix);
        }
        if (looksLikeSourceRoot(out)) {
            return Optional.of("outputDirectory " + out + " looks like a source root that holds hand-written files" + fix);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("outputDirectory " + out + " is a file, not a directory" + fix);
        }
        return foreignFiles(out, state).map(names -> "outputDirectory " + out
                + " holds files that contractgen did not generate (" + names + "); it writes only to a directory"
                + " of its own: delete the directory if it is an old output, or choose another outputDirectory");
    }

    private static boolean looksLikeSourceRoot(Path out) {
        Path parent = out.getParent();
        Path grandParent = parent == null ? null : parent.getParent();
        return out.getFileName() != null
                && SOURCE_ROOT_NAMES.contains(out.getFileName().toString())
                && grandParent != null && grandParent.getFileName() != null
                && grandParent.getFileName().toString().equals("src");
    }

    private static Optional<String> foreignFiles(Path out, Optional<OutputState> state) throws IOException {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        Set<String> known = state.map(s -> s.files().keySet()).orElse(Set.of());
        List<String> foreign;
        try (Stream<Path> walk = Files.walk(out)) {
            foreign = walk.filter(path -> !Files.isDirectory(path))
                    .map(path -> ContractFiles.relativePath(out, path))
                    .filter(path -> !(path.equals(OutputState.FILE_NAME) && state.isPresent()))
                    .filter(path -> !known.contains(path))
                    .sorted()
                    .toList();
        }
        if (foreign.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size())));
        return Optional.of(foreign.size() > NAMES_SHOWN ? shown + " and " + (foreign.size() - NAMES_SHOWN) + " more" : shown);
    }
}
