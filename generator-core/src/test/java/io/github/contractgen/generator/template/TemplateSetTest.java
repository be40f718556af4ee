package io.github.contractgen.generator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSetTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheBuiltInTemplatesFromTheClasspath() {
        TemplateSet set = TemplateSet.load(Optional.empty());

        assertThat(set.entries()).extracting(TemplateSet.Entry::template)
                .contains("service.properties.tmpl", "README.md.tmpl");
        assertThat(set.all()).containsKeys(TemplateSet.INDEX, "service.properties.tmpl", "README.md.tmpl");
    }

    @Test
    void aFileInTheUserDirectoryReplacesTheBuiltInOneOfTheSameName() throws IOException {
        Files.writeString(dir.resolve("README.md.tmpl"), "custom\r\n");
        Files.writeString(dir.resolve("unrelated.txt"), "ignored");

        TemplateSet set = TemplateSet.load(Optional.of(dir));

        assertThat(set.all()).containsEntry("README.md.tmpl", "custom\n").doesNotContainKey("unrelated.txt");
        assertThat(set.entries()).hasSize(TemplateSet.load(Optional.empty()).entries().size());
    }

    @Test
    void aUserIndexListingAMissingTemplateFails() throws IOException {
        Files.writeString(dir.resolve(TemplateSet.INDEX), "missing.tmpl out/${serviceId}.txt\n");

        assertThatThrownBy(() -> TemplateSet.load(Optional.of(dir)))
                .isInstanceOf(TemplateException.class)
                .hasMessage("templates.list lists 'missing.tmpl', which does not exist");
    }
}
