package io.github.contractgen.generator.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.GeneratedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {

    @Test
    void compilesAgainstTheTestClassPathAndLoadsTheResult() throws Exception {
        InMemoryCompiler.Compilation compiled = InMemoryCompiler.compileGenerated(List.of(
                GeneratedFile.text("demo/Greeter.java", """
                        package demo;
                        public final class Greeter {
                            public static String greet() {
                                return io.github.contractgen.runtime.json.JsonCodec.shared().encodeToString("hi");
                            }
                        }
                        """),
                GeneratedFile.text("demo/README.md", "ignored")));

        assertThat(compiled.requireSuccess().warnings()).isEmpty();
        assertThat(compiled.load("demo.Greeter").getMethod("greet").invoke(null)).isEqualTo("\"hi\"");
    }

    @Test
    void reportsErrorsAndWarningsWithTheirPlace() {
        InMemoryCompiler.Compilation broken = InMemoryCompiler.compileSources(Map.of("demo/Broken.java",
                "package demo;\nclass Broken {\n    int x = \"text\";\n}\n"));
        InMemoryCompiler.Compilation warned = InMemoryCompiler.compileSources(Map.of("demo/Raw.java",
                "package demo;\nclass Raw {\n    java.util.List list = new java.util.ArrayList<String>();\n}\n"));

        assertThat(broken.success()).isFalse();
        assertThat(broken.errors()).singleElement().asString().contains("Broken.java:3");
        assertThatThrownBy(broken::requireSuccess).hasMessageContaining("incompatible types").hasMessageContaining("   3  ");
        assertThat(warned.requireSuccess().warnings()).singleElement().asString().contains("Raw.java:3", "raw type");
    }
}
