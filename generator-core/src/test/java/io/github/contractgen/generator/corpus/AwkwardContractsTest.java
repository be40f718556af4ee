package io.github.contractgen.generator.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.testing.InMemoryCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small contracts, one per kind of trouble met in the real-world corpus, through the standard
 * generator and javac: each must generate and compile.
 */
class AwkwardContractsTest {

    @TempDir
    Path work;

    private InMemoryCompiler.Compilation run(String name) throws IOException, URISyntaxException {
        Path contract = Path.of(AwkwardContractsTest.class.getResource("/openapi/awkward/" + name).toURI());
        return GenerateAndCompile.run(contract, work);
    }

    @Test
    void dollarSignsInContractTextStayText() throws Exception {
        InMemoryCompiler.Compilation compiled = run("dollars.yaml");

        assertThat(compiled.sources().get("corpus/dollars/DollarsClient.java"))
                .contains("Prices in $ and $D; a $L, a $S, a $T and $1 must stay text.");
        assertThat(compiled.sources().get("corpus/dollars/model/Price.java")).contains("A price in $, e.g. $5.");
    }

    @Test
    void formBodiesWithoutWritableFieldsSendAnEmptyForm() throws Exception {
        InMemoryCompiler.Compilation compiled = run("empty-forms.yaml");

        assertThat(compiled.sources().get("corpus/emptyforms/EmptyFormsCalls.java"))
                .contains(".formBody(fields)")
                .contains(".multipartBody(fields)");
    }

    @Test
    void longSchemaNamesStillMakeClassFilesAFileSystemAccepts() throws Exception {
        InMemoryCompiler.Compilation compiled = run("long-names.yaml");

        assertThat(compiled.classNames()).anyMatch(name -> name.endsWith(
                "ConfirmedTheIntentOnTheHostedPageCustomMandateUrl$Option2Value"));
        assertThat(compiled.classNames()).filteredOn(name -> name.contains("TheSettingsOfEveryNotificationChannel"))
                .isNotEmpty()
                .allMatch(name -> GenerateAndCompile.classFileName(name).length() <= JavaNames.MAX_FILE_NAME_BYTES);
        assertThat(compiled.sources().keySet()).filteredOn(path -> path.contains("TheSettingsOfEvery"))
                .allMatch(path -> path.substring(path.lastIndexOf('/') + 1).length() <= "X".repeat(200).length() + 5);
    }
}
