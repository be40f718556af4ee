package io.github.contractgen.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the candidate contract files below the contracts directory and reads each once.
 *
 * <p>Candidates are files ending in {@code .yaml}, {@code .yml}, {@code .json} or {@code .proto}; the
 * extension only narrows the search, the kind is decided from the content. Files and directories whose
 * name starts with a dot are ignored (editor and VCS droppings). The list is sorted by relative path so
 * that every later step sees the same order on every machine.
 */
final class ContractFiles {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".proto");

    /** One candidate: its {@code /}-separated path relative to the contracts directory, and its bytes. */
    record Source(String path, Path file, byte[] content) {}

    private ContractFiles() {}

    /** Every candidate below {@code root}, sorted; empty when {@code root} does not exist. */
    static List<Source> find(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> isCandidate(root.relativize(file)))
                    .toList();
        }
        List<Source> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(new Source(relativePath(root, file), file, Files.readAllBytes(file)));
        }
        sources.sort(Comparator.comparing(Source::path));
        return sources;
    }

    static String relativePath(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static boolean isCandidate(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
