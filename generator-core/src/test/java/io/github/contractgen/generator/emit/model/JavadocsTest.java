package io.github.contractgen.generator.emit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavadocsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain text                      | plain text
            '  padded  '                    | padded
            ends */ here                    | ends *&#47; here
            a <b>bold</b> & more            | a &lt;b&gt;bold&lt;/b&gt; &amp; more
            '@param x'                      | '{@literal @}param x'
            mail me@example.com             | mail me@example.com
            an {@link X} tag                | an {&#64;link X} tag
            C:\\temp                        | C:\\temp
            C:\\unicode                     | C:&#92;unicode
            '\\u002a/'                      | '&#92;u002a/'
            ''                              | ''
            """)
    void escapes(String description, String javadoc) {
        assertThat(Javadocs.escape(description)).isEqualTo(javadoc);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            pet-id            | {@code pet-id}
            a<b               | {@code a<b}
            '{'               | '"{"'
            a*/b              | '"a*&#47;b"'
            '@x'              | '"&#64;x"'
            ''                | '""'
            """)
    void quotesLiterals(String literal, String javadoc) {
        assertThat(Javadocs.code(literal)).isEqualTo(javadoc);
    }

    @org.junit.jupiter.api.Test
    void paragraphsAndLongLines() {
        String long120 = "word ".repeat(24) + "end";
        assertThat(Javadocs.escape("one\r\n\r\n  \ntwo\nthree")).isEqualTo("one\n\n<p>two\nthree");
        assertThat(Javadocs.escape(long120).lines()).hasSize(2).allMatch(line -> line.length() <= 100);
        assertThat(Javadocs.escape("x ".repeat(49) + "@tag")).contains("\n{@literal @}tag");
    }

    @org.junit.jupiter.api.Test
    void paragraphsBreakWhereTheBlankLineRegexWould() {
        // escape() finds blank lines by hand; every paragraph split must equal "\\n\\s*\\n"'s.
        java.util.regex.Pattern blankLines = java.util.regex.Pattern.compile("\\n\\s*\\n");
        String[] pieces = {"a", "b c", "\n", "\n\n", " \n", "\t\n \n", "\n\u000B\f\n", "\n \t", "x\n  y"};
        java.util.Random random = new java.util.Random(6);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder("start");
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String stripped = text.append("end").toString();
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (String paragraph : blankLines.split(stripped)) {
                expected.add(Javadocs.escape(paragraph.strip()));
            }
            assertThat(Javadocs.escape(stripped)).as(stripped).isEqualTo(String.join("\n\n<p>", expected));
        }
    }

    @org.junit.jupiter.api.Test
    void aChoiceReadsAsProse() {
        assertThat(Javadocs.choice(java.util.List.of("A"), 8)).isEqualTo("Always A");
        assertThat(Javadocs.choice(java.util.List.of("A", "B"), 8)).isEqualTo("Either A or B");
        assertThat(Javadocs.choice(java.util.List.of("A", "B", "C"), 8)).isEqualTo("One of A, B or C");
        assertThat(Javadocs.choice(java.util.List.of("A", "B", "C", "D"), 2)).isEqualTo("One of A, B and 2 more");
    }
}
