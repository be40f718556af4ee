package io.github.contractgen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesFittingTest {

    @Test
    void aNameThatFitsIsKept() {
        assertThat(JavaNames.fitting("PetStatus", 9)).isEqualTo("PetStatus");
    }

    @Test
    void aLongNameKeepsItsBeginningAndGetsAStableHash() {
        String name = "Payment".repeat(40);

        String fitted = JavaNames.fitting(name, 100);

        assertThat(fitted).hasSize(100).startsWith("Payment".repeat(13)).isEqualTo(JavaNames.fitting(name, 100));
        assertThat(fitted.substring(92)).matches("[0-9A-F]{8}");
        assertThat(JavaNames.isLegalIdentifier(fitted)).isTrue();
        assertThat(JavaNames.fitting(name + "A", 100)).isNotEqualTo(fitted);
    }

    @Test
    void theLimitCountsUtf8BytesAndNeverSplitsACharacter() {
        String name = "Größe".repeat(30);

        String fitted = JavaNames.fitting(name, 50);

        assertThat(JavaNames.utf8Length(fitted)).isLessThanOrEqualTo(50);
        assertThat(fitted.substring(0, fitted.length() - 8)).isEqualTo(name.substring(0, fitted.length() - 8));
    }
}
