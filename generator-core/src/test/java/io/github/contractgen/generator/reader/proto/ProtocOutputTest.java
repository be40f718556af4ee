package io.github.contractgen.generator.reader.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocOutputTest {

    @Test
    void positionedErrorsKeepFileLineAndColumn() {
        List<Diagnostic> diagnostics = ProtocOutput.parse("""
                a/b.proto:7:3: "NoSuchType" is not defined.
                a/c.proto:1:1: warning: Import x.proto is unused.
                """, 1);

        assertThat(diagnostics).map(Diagnostic::toString).containsExactly(
                "a/b.proto:7:3: \"NoSuchType\" is not defined.",
                "a/c.proto:1:1: warning: Import x.proto is unused.");
    }

    @Test
    void fileOnlyAndFreeLinesAreKeptAndContinuationLinesJoinTheirMessage() {
        List<Diagnostic> diagnostics = ProtocOutput.parse("""
                --java_out: a.proto: Cannot generate Java output because the file's outer class name,
                "A", matches the name of one of the types declared inside it.
                b.proto: File not found.
                """, 1);

        assertThat(diagnostics).map(Diagnostic::toString).containsExactly(
                "protoc: --java_out: a.proto: Cannot generate Java output because the file's outer class name,"
                        + " \"A\", matches the name of one of the types declared inside it.",
                "b.proto: File not found.");
    }

    @Test
    void absolutePathsBecomeRelativeToTheirIncludePath() {
        Path root = Path.of("/tmp/contracts").toAbsolutePath();
        String line = root.resolve("x/y.proto") + ":2:5: Expected \";\".";

        List<Diagnostic> diagnostics = ProtocOutput.parse(line, 1, List.of(Path.of("/elsewhere"), root));

        assertThat(diagnostics).map(Diagnostic::toString).containsExactly("x/y.proto:2:5: Expected \";\".");
    }

    @Test
    void aFileOutsideTheIncludePathsIsNamed() {
        assertThat(ProtocOutput.parse("Could not make proto path relative: a/b.proto: No such file or directory", 1))
                .map(Diagnostic::toString)
                .containsExactly("a/b.proto: not found below any include path (No such file or directory)");
    }

    @Test
    void aSilentFailureStillGivesAnError() {
        assertThat(ProtocOutput.parse("", 3)).map(Diagnostic::toString)
                .containsExactly("protoc: protoc failed with exit code 3");
    }

    @Test
    void messagesOfASuccessfulRunAreWarnings() {
        assertThat(ProtocOutput.parse("a.proto: something odd\n", 0)).singleElement()
                .satisfies(d -> assertThat(d.isError()).isFalse());
    }
}
