package io.github.contractgen.generator.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every small and medium OpenAPI contract of the shared corpus generates and its output compiles.
 *
 * <p>One dynamic test per contract, each on its own (a copy of the file in a directory of its own),
 * so a failure names the contract. The five biggest contracts (up to 26 MB of Java each) would more
 * than double the time and are left to the Maven corpus check ({@code -Pcorpus});
 * {@code -Dcontractgen.corpus.only=<regex>} picks files by name instead, the big ones included. The
 * corpus lives beside the repository; where it is absent there is nothing to run.
 */
class OpenApiCorpusCompileTest {

    /** Left to the Maven corpus check: each is 15 to 26 MB of generated Java. */
    private static final Set<String> BIG = Set.of("github-rest-23.0.2.json", "kubernetes-core-unversioned.json",
            "googleapis-compute-v1.json", "openai-api-2.3.0.yaml", "stripe-api-Wed_Oct_15_2025_13_53_19.json");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyContractGeneratesAndCompiles() throws IOException {
        Optional<Path> corpus = corpus();
        if (corpus.isEmpty()) {
            return Stream.empty();
        }
        String only = System.getProperty("contractgen.corpus.only", "");
        Pattern pick = Pattern.compile(only.isEmpty() ? ".*" : only);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus.get())) {
            files = list.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$"))
                    .filter(f -> only.isEmpty() ? !BIG.contains(f.getFileName().toString())
                            : pick.matcher(f.getFileName().toString()).find())
                    .sorted()
                    .toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path contract) throws IOException {
        String broken = BrokenCorpus.EXPECTED_ERRORS.get(contract.getFileName().toString());
        if (broken != null) {
            GenerateAndCompile.fails(contract, Files.createDirectories(work.resolve("broken")), broken);
            return;
        }
        GenerateAndCompile.run(contract, Files.createDirectories(
                work.resolve(contract.getFileName().toString().replaceAll("\\W", "_"))));
    }

    /**
     * The folder named by {@code -Dcontractgen.corpus.openapi}, else {@code shared/corpus/openapi}
     * beside the repository or beside one of its parents (a worktree sits one level deeper).
     */
    private static Optional<Path> corpus() {
        String named = System.getProperty("contractgen.corpus.openapi");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isDirectory);
        }
        String root = System.getProperty("contractgen.projectRoot", ".");
        for (Path dir = Path.of(root).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/openapi");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
