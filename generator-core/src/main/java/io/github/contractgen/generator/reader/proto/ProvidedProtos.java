package io.github.contractgen.generator.reader.proto;

import io.github.contractgen.generator.model.Diagnostic;
import io.github.contractgen.generator.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sorts a contracts folder's protos into those to compile and its own copies of files that a dependency
 * or protobuf-java already provides, which are not compiled: their classes come from the jar.
 *
 * <p>A copy is skipped silently only when its content is the provider's. A copy that differs is
 * skipped too, with a warning naming both files, since whatever was edited in it does not reach the
 * generated code. A warning, not an error: real proto sets vendor googleapis files (such as
 * {@code google/api/http.proto}) from another release than the jar's, differing in comments or in
 * options the generated code never sees, and failing those builds would help nobody (three of the
 * corpus's proto sets do this). Line endings do not count (CRLF and LF compare equal): Git on Windows
 * checks a verbatim copy out with CRLF. The provider compared against is the first dependency, in
 * class-path order, that has the file, whose class the compiler also finds first; a well-known type
 * that no dependency provides is compared against protobuf-java's copy on the generator's class path.
 */
final class ProvidedProtos {

    /**
     * The outcome of {@link #split}.
     *
     * @param compile the protos to compile, in the given order
     * @param diagnostics a warning per copy that differs from its provider
     */
    record Split(List<String> compile, List<Diagnostic> diagnostics) {

        Split {
            compile = List.copyOf(compile);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private ProvidedProtos() {}

    /**
     * Splits {@code files} (relative to {@code contractsDirectory}, {@code /} separators).
     *
     * @param dependencies the unpacked protos of the dependencies, in class-path order
     */
    static Split split(Path contractsDirectory, List<String> files, List<DependencyProtos.Root> dependencies)
            throws IOException {
        Objects.requireNonNull(contractsDirectory, "contractsDirectory");
        List<String> compile = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String file : files) {
            Optional<DependencyProtos.Root> provider = dependencies.stream()
                    .filter(root -> Files.isRegularFile(root.includeRoot().resolve(file)))
                    .findFirst();
            if (provider.isEmpty() && !WellKnownProtos.isWellKnown(file)) {
                compile.add(file);
                continue;
            }
            byte[] theirs = provider.isPresent()
                    ? Files.readAllBytes(provider.get().includeRoot().resolve(file)) : WellKnownProtos.read(file);
            if (!sameText(Files.readAllBytes(contractsDirectory.resolve(file)), theirs)) {
                String name = provider.map(DependencyProtos.Root::name).orElse("protobuf-java");
                diagnostics.add(Diagnostic.warning(SourceLocation.of(file), differs(file, name)));
            }
        }
        return new Split(compile, diagnostics);
    }

    private static String differs(String file, String provider) {
        return "this copy of " + file + " differs from the one in " + provider + ", whose generated classes"
                + " the code uses: what differs in this copy is ignored; delete your copy to use the"
                + " dependency's, or move yours to a path (and proto package) of its own";
    }

    /** Whether {@code a} and {@code b} are the same bytes once every CRLF is read as LF. */
    static boolean sameText(byte[] a, byte[] b) {
        int i = 0;
        int j = 0;
        while (true) {
            i = skipCrBeforeLf(a, i);
            j = skipCrBeforeLf(b, j);
            if (i == a.length || j == b.length) {
                return i == a.length && j == b.length;
            }
            if (a[i++] != b[j++]) {
                return false;
            }
        }
    }

    private static int skipCrBeforeLf(byte[] bytes, int at) {
        return at + 1 < bytes.length && bytes[at] == '\r' && bytes[at + 1] == '\n' ? at + 1 : at;
    }
}
