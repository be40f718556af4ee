package io.github.contractgen.benchmarks;

import io.github.contractgen.generator.GenerationRequest;
import io.github.contractgen.generator.GenerationResult;
import io.github.contractgen.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the client of one contract file, once, in this JVM: what run.sh times per contract.
 *
 * <p>A main class rather than the Maven goal so that the measured process does only the generation
 * (no Maven start-up), the same as the openapi-generator jar it is compared with. The contract is
 * linked, not copied, into a contracts directory of its own next to the output, because the generator
 * takes a directory of contracts.
 *
 * <p>Usage: {@code GenerateMain <contract file> <output directory>}; the output directory must not
 * exist. Exits with 1 when the generation fails, printing the problems.
 */
public final class GenerateMain {

    private GenerateMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateMain <contract file> <output directory>");
            System.exit(2);
        }
        Path contract = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        if (Files.exists(output)) {
            System.err.println("output directory " + output + " exists; give a fresh one");
            System.exit(2);
        }
        Path contracts = Files.createDirectories(output.resolveSibling(output.getFileName() + ".contracts"));
        Files.createSymbolicLink(contracts.resolve(contract.getFileName()), contract);
        GenerationResult result = Generator.standard().generate(GenerationRequest.builder()
                .contractsDirectory(contracts)
                .outputDirectory(output)
                .workDirectory(output.resolveSibling(output.getFileName() + ".work"))
                .basePackage("bench")
                .build());
        result.errors().forEach(error -> System.err.println(error));
        System.out.println(result.summary());
        if (result.failed()) {
            System.exit(1);
        }
    }
}
