package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressPatternTest {

    private final AddressPattern pattern = AddressPattern.of("smartylighting/{streetlightId}/lighting.{kind}");

    @Test
    void expandsAndExtractsParameters() {
        String address = pattern.expand(Map.of("streetlightId", "s-1", "kind", "measured"));
        assertThat(address).isEqualTo("smartylighting/s-1/lighting.measured");
        assertThat(pattern.parameters(address)).containsExactly(Map.entry("streetlightId", "s-1"), Map.entry("kind", "measured"));
        assertThat(pattern.parameterNames()).containsExactly("streetlightId", "kind");
    }

    @Test
    void placeholdersMatchOneLevelAndLiteralsAreNotRegex() {
        assertThat(pattern.matches("smartylighting/a/lighting.x")).isTrue();
        assertThat(pattern.matches("smartylighting/a/b/lighting.x")).isFalse();
        assertThat(pattern.matches("smartylighting/a/lightingXx")).isFalse();
        assertThat(pattern.matches("smartylighting//lighting.x")).isFalse();
    }

    @Test
    void filterWidensLevelsWithPlaceholders() {
        assertThat(pattern.toFilter('/', "+")).isEqualTo("smartylighting/+/+");
        assertThat(AddressPattern.of("a/b").toFilter('/', "+")).isEqualTo("a/b");
    }

    @Test
    void refusesValuesThatWouldChangeTheTopicAndMissingValues() {
        assertThatThrownBy(() -> pattern.expand(Map.of("streetlightId", "a/b", "kind", "k")))
                .hasMessageContaining("{streetlightId}").hasMessageContaining("'/'");
        assertThatThrownBy(() -> pattern.expand(Map.of("streetlightId", "#", "kind", "k")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pattern.expand(Map.of("kind", "k"))).hasMessageContaining("needs a value for {streetlightId}");
    }

    @Test
    void refusesBrokenTemplates() {
        assertThatThrownBy(() -> AddressPattern.of("a/{b")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> AddressPattern.of("a/{}/c")).hasMessageContaining("unbalanced or empty");
        assertThatThrownBy(() -> AddressPattern.of("{x}/{x}")).hasMessageContaining("repeats parameter {x}");
        assertThatThrownBy(() -> pattern.parameters("other")).hasMessageContaining("does not match");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        DeliveryPolicy policy = new DeliveryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> new DeliveryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("maxAttempts");
    }
}
