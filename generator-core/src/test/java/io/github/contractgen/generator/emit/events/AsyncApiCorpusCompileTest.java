package io.github.contractgen.generator.emit.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.model.ContractKind;
import io.github.contractgen.generator.reader.ContractKinds;
import io.github.contractgen.generator.reader.asyncapi.AsyncApiFixtures;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every AsyncAPI document of the shared corpus ({@code /work/shared/corpus/asyncapi}, or the folder named
 * by {@code -Dcontractgen.corpus.asyncapi}) reads without error, generates an events class and compiles.
 * Files that are no AsyncAPI document (schemas, messages and servers other documents refer to) are
 * read through the documents that use them, as the generator does.
 */
class AsyncApiCorpusCompileTest {

    @TestFactory
    Stream<DynamicTest> everyDocumentGeneratesAndCompiles() throws IOException {
        Path corpus = AsyncApiFixtures.CORPUS;
        assertThat(corpus).as("the AsyncAPI corpus").isDirectory();
        List<Path> documents;
        try (Stream<Path> files = Files.walk(corpus)) {
            documents = files.filter(Files::isRegularFile).filter(AsyncApiCorpusCompileTest::isAsyncApi).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(20);
        return documents.stream().map(document -> DynamicTest.dynamicTest(corpus.relativize(document).toString(),
                () -> generateAndCompile(corpus.relativize(document).toString().replace('\\', '/'))));
    }

    private static void generateAndCompile(String relative) {
        List<JavaFile> files = GeneratedEvents.emit(AsyncApiFixtures.readCorpus(relative), "corpus");
        assertThat(files).extracting(file -> file.typeSpec().name()).anyMatch(name -> name.endsWith("Events"));
        InMemoryCompiler.compile(files).requireSuccess();
    }

    private static boolean isAsyncApi(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            return false;
        }
        try {
            return ContractKinds.detect(Files.readAllBytes(file)).equals(Optional.of(ContractKind.ASYNCAPI));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
