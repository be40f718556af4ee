package io.github.contractgen.generator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static String render(String text, Map<String, ?> model) {
        return Template.parse("t.tmpl", text).render(model);
    }

    @Test
    void substitutesValues() {
        assertThat(render("Hello ${name}, v${ version }!", Map.of("name", "World", "version", 2)))
                .isEqualTo("Hello World, v2!");
    }

    @Test
    void repeatsASectionPerItemWithItemNamesHidingOuterOnes() {
        String text = "${#servers}[${url} of ${service} as ${name}]${/servers}";
        Map<String, Object> model = Map.of("service", "pets", "name", "outer", "servers", List.of(
                Map.of("url", "a", "name", "first"), Map.of("url", "b", "name", "second")));

        assertThat(render(text, model)).isEqualTo("[a of pets as first][b of pets as second]");
    }

    @Test
    void aSectionTagAloneOnItsLineTakesTheLineWithIt() {
        String text = "start\n  ${#items}\n- ${id}\n  ${/items}\nend\n";

        assertThat(render(text, Map.of("items", List.of(Map.of("id", "x"), Map.of("id", "y")))))
                .isEqualTo("start\n- x\n- y\nend\n");
        assertThat(render(text, Map.of("items", List.of()))).isEqualTo("start\nend\n");
    }

    @Test
    void anInvertedSectionRendersOnlyForAnEmptyListOrFalse() {
        String text = "${^items}none${/items}${#flag}yes${/flag}";

        assertThat(render(text, Map.of("items", List.of(), "flag", true))).isEqualTo("noneyes");
        assertThat(render(text, Map.of("items", List.of(Map.of()), "flag", false))).isEmpty();
    }

    @Test
    void aDoubledDollarIsALiteral() {
        assertThat(render("$${name} is ${name}", Map.of("name", "x"))).isEqualTo("${name} is x");
    }

    @Test
    void filtersEscapeForPropertiesAndFoldLines() {
        assertThat(render("k=${v|properties}", Map.of("v", " a\\b\nc\u00e9"))).isEqualTo("k=\\ a\\\\b\\nc\\u00e9");
        assertThat(render("# ${v|line}", Map.of("v", "  two\n  lines  "))).isEqualTo("# two lines");
    }

    @Test
    void anUnknownNameFailsWithTheTemplateAndLine() {
        assertThatThrownBy(() -> render("a\nb ${nmae}", Map.of("name", "x")))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("t.tmpl:2: unknown name 'nmae'");
    }

    @Test
    void malformedTemplatesFailWhenParsed() {
        assertThatThrownBy(() -> Template.parse("t.tmpl", "${#a}x")).hasMessage(
                "t.tmpl:1: section 'a' is never closed with ${/a}");
        assertThatThrownBy(() -> Template.parse("t.tmpl", "${#a}x${/b}")).hasMessage(
                "t.tmpl:1: ${/b} does not match: expected ${/a}");
        assertThatThrownBy(() -> Template.parse("t.tmpl", "x\n${name")).hasMessage(
                "t.tmpl:2: '${' without a closing '}' on the same line");
        assertThatThrownBy(() -> Template.parse("t.tmpl", "${name|upper}")).hasMessage(
                "t.tmpl:1: unknown filter 'upper'; use 'properties' or 'line'");
    }
}
