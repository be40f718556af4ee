package io.github.contractgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

    enum Known { RED, UNRECOGNIZED }

    /** Shaped like a generated open enum. */
    static final class Colour extends OpenEnum<String, Known> {
        static final Colour RED = new Colour("red", Known.RED);

        private Colour(String value, Known known) {
            super(value, known, known != Known.UNRECOGNIZED);
        }

        static Colour of(String value) {
            return value.equals("red") ? RED : new Colour(value, Known.UNRECOGNIZED);
        }
    }

    /** Another open enum with the same values: never equal to a Colour. */
    static final class Shade extends OpenEnum<String, Known> {
        Shade(String value, Known known) {
            super(value, known, known != Known.UNRECOGNIZED);
        }
    }

    @Test
    void unknownValuesAreKeptAndEqualByValue() {
        Colour teal = Colour.of("teal");
        assertThat(teal.value()).isEqualTo("teal");
        assertThat(teal.known()).isEqualTo(Known.UNRECOGNIZED);
        assertThat(teal.isKnown()).isFalse();
        assertThat(teal).isEqualTo(Colour.of("teal")).hasSameHashCodeAs(Colour.of("teal")).hasToString("teal");
        assertThat(Colour.of("red")).isSameAs(Colour.RED).matches(OpenEnum::isKnown);
    }

    @Test
    void classesWithTheSameValueAreNotEqual() {
        assertThat(Colour.of("teal")).isNotEqualTo(new Shade("teal", Known.UNRECOGNIZED)).isNotEqualTo("teal").isNotEqualTo(null);
    }

    @Test
    void encodesAsTheBareValue() throws Exception {
        assertThat(new ObjectMapper().writeValueAsString(Colour.of("teal"))).isEqualTo("\"teal\"");
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new Shade(null, Known.RED)).hasMessage("value");
        assertThatThrownBy(() -> new Shade("x", null)).hasMessage("known");
    }
}
