package io.github.contractgen.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SortedStringsTest {

    @Test
    void copiesInNameOrderAndEqualsAPlainMapWithTheSameEntries() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("traceparent", "00-1");
        given.put("correlationId", "c-1");
        given.put("Content-Type", "text/plain");
        given.put("b", "2");

        Map<String, String> copy = SortedStrings.of(given, "headers");

        assertThat(copy.keySet()).containsExactly("Content-Type", "b", "correlationId", "traceparent");
        assertThat(copy).isEqualTo(given).isEqualTo(new HashMap<>(given));
        assertThat(new HashMap<>(given)).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(given.hashCode());
        assertThat(copy).hasToString(new TreeMap<>(given).toString());
        assertThat(copy.get("b")).isEqualTo("2");
        assertThat(copy.get("B")).isNull();
        assertThat(copy.get(null)).isNull();
        assertThat(copy.containsKey("traceparent")).isTrue();
        assertThat(copy.containsKey("absent")).isFalse();
        assertThat(copy.containsKey(null)).isFalse();
        assertThat(copy.containsValue("c-1")).isTrue();
        List<String> visited = new ArrayList<>();
        copy.forEach((name, value) -> visited.add(name + "=" + value));
        assertThat(visited).containsExactly("Content-Type=text/plain", "b=2", "correlationId=c-1", "traceparent=00-1");

        given.put("later", "x");
        assertThat(copy).hasSize(4).doesNotContainKey("later");
    }

    @Test
    void ordersManyNamesAsATreeMapWould() {
        Random random = new Random(20250101);
        for (int round = 0; round < 200; round++) {
            Map<String, String> given = new HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                given.put(Integer.toString(random.nextInt(1000), 36) + (random.nextBoolean() ? "-x" : ""), "v" + i);
            }
            Map<String, String> copy = SortedStrings.of(given, "bindings");
            assertThat(copy.entrySet()).containsExactlyElementsOf(new TreeMap<>(given).entrySet());
            given.forEach((name, value) -> assertThat(copy.get(name)).isEqualTo(value));
        }
    }

    @Test
    void aCopyIsPassedOnAsItIsAndEveryEmptyMapIsOneInstance() {
        Map<String, String> copy = SortedStrings.of(Map.of("a", "1"), "headers");
        assertThat(SortedStrings.of(copy, "headers")).isSameAs(copy);
        assertThat(SortedStrings.of(Map.of(), "bindings")).isSameAs(SortedStrings.of(new HashMap<>(), "headers"))
                .isEmpty();
    }

    @Test
    void aRepeatedNameKeepsTheLaterValueAsATreeMapCopyDid() {
        Map<String, String> repeated = new IdentityHashMap<>();
        repeated.put(new String("id"), "first");
        repeated.put(new String("id"), "second");
        repeated.put("other", "o");

        assertThat(SortedStrings.of(repeated, "headers")).isEqualTo(new TreeMap<>(repeated)).hasSize(2);
    }

    @Test
    void nullsAreRefusedNamingTheMapAndTheName() {
        Map<String, String> nullName = new HashMap<>();
        nullName.put(null, "v");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("correlationId", null);

        assertThatThrownBy(() -> SortedStrings.of(null, "headers")).isInstanceOf(NullPointerException.class)
                .hasMessage("headers");
        assertThatThrownBy(() -> SortedStrings.of(nullName, "headers")).isInstanceOf(NullPointerException.class)
                .hasMessage("headers name");
        assertThatThrownBy(() -> SortedStrings.of(nullValue, "bindings")).isInstanceOf(NullPointerException.class)
                .hasMessage("bindings 'correlationId' is null");
        assertThatThrownBy(() -> new OutgoingMessage("a", null, nullValue, new byte[0], null, Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("headers 'correlationId' is null");
    }

    @Test
    void noChangeIsAllowedEvenOneThatChangesNothing() {
        for (Map<String, String> copy : List.of(SortedStrings.of(Map.of("a", "1"), "headers"),
                SortedStrings.of(Map.of(), "headers"))) {
            assertUnsupported(copy, map -> map.put("a", "2"));
            assertUnsupported(copy, map -> map.remove("a"));
            assertUnsupported(copy, map -> map.remove("absent"));
            assertUnsupported(copy, map -> map.putAll(Map.of()));
            assertUnsupported(copy, Map::clear);
            assertUnsupported(copy, map -> map.putIfAbsent("a", "2"));
            assertUnsupported(copy, map -> map.replace("a", "2"));
            assertUnsupported(copy, map -> map.replace("a", "1", "2"));
            assertUnsupported(copy, map -> map.remove("a", "1"));
            assertUnsupported(copy, map -> map.replaceAll((name, value) -> value));
            assertUnsupported(copy, map -> map.computeIfAbsent("b", name -> "2"));
            assertUnsupported(copy, map -> map.computeIfPresent("a", (name, value) -> "2"));
            assertUnsupported(copy, map -> map.compute("a", (name, value) -> "2"));
            assertUnsupported(copy, map -> map.merge("a", "2", (left, right) -> right));
            assertUnsupported(copy, map -> map.entrySet().clear());
            assertUnsupported(copy, map -> map.keySet().clear());
            assertUnsupported(copy, map -> map.values().clear());
        }
        Map<String, String> copy = SortedStrings.of(Map.of("a", "1"), "headers");
        assertUnsupported(copy, map -> map.entrySet().iterator().next().setValue("2"));
        assertUnsupported(copy, map -> map.keySet().remove("a"));
        assertUnsupported(copy, map -> map.values().removeIf(value -> true));
        assertThat(copy).containsExactly(Map.entry("a", "1"));
    }

    private static void assertUnsupported(Map<String, String> map, Consumer<Map<String, String>> change) {
        assertThatThrownBy(() -> change.accept(map)).isInstanceOf(UnsupportedOperationException.class);
    }
}
