package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
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
    void expandsOneParameterAnywhereAndValuesLongerThanTheTemplate() {
        String longValue = "x".repeat(100);
        assertThat(AddressPattern.of("{region}").expand(Map.of("region", "eu"))).isEqualTo("eu");
        assertThat(AddressPattern.of("{region}.orders").expand(Map.of("region", longValue))).isEqualTo(longValue + ".orders");
        assertThat(AddressPattern.of("shop.{region}").expand(Map.of("region", "us", "other", "ignored"))).isEqualTo("shop.us");
        assertThat(pattern.expand(Map.of("streetlightId", longValue, "kind", "k")))
                .isEqualTo("smartylighting/" + longValue + "/lighting.k");
        assertThatThrownBy(() -> AddressPattern.of("shop.{region}").expand(Map.of("region", "")))
                .hasMessage("address 'shop.{region}' needs a value for {region}");
        assertThatThrownBy(() -> AddressPattern.of("shop.{region}").expand(Map.of()))
                .hasMessage("address 'shop.{region}' needs a value for {region}");
    }

    @Test
    void placeholdersMatchOneLevelAndLiteralsAreNotRegex() {
        assertThat(pattern.matches("smartylighting/a/lighting.x")).isTrue();
        assertThat(pattern.matches("smartylighting/a/b/lighting.x")).isFalse();
        assertThat(pattern.matches("smartylighting/a/lightingXx")).isFalse();
        assertThat(pattern.matches("smartylighting//lighting.x")).isFalse();
    }

    @Test
    void matchingAgreesWithTheRegexOnRandomTemplatesAndAddresses() {
        // The matcher is written by hand for speed; the regex states what it must do. A small alphabet
        // makes literals recur inside values, where a wrong split would show.
        Random random = new Random(20261124);
        String[] pieces = {"a", "b", ".", "/", "a.", ".b", "ab"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder template = new StringBuilder();
            int parameters = 0;
            for (int part = random.nextInt(5); part >= 0; part--) {
                if (random.nextInt(3) == 0) {
                    template.append("{p").append(parameters++).append('}');
                } else {
                    template.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            AddressPattern candidate = AddressPattern.of(template.toString());
            for (int sample = 0; sample < 20; sample++) {
                StringBuilder address = new StringBuilder();
                for (int part = random.nextInt(8); part >= 0; part--) {
                    address.append(pieces[random.nextInt(pieces.length)]);
                }
                Matcher expected = candidate.regex().matcher(address);
                boolean matches = expected.matches();
                assertThat(candidate.matches(address.toString())).as("%s on %s", template, address).isEqualTo(matches);
                if (matches && parameters > 0) {
                    Map<String, String> values = candidate.parameters(address.toString());
                    for (int i = 0; i < parameters; i++) {
                        assertThat(values.get("p" + i)).as("%s on %s", template, address).isEqualTo(expected.group(i + 1));
                    }
                    assertThat(candidate.expand(values)).as("%s expanded back", template).isEqualTo(address.toString());
                }
            }
        }
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
