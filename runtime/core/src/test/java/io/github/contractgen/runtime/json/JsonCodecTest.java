package io.github.contractgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.contractgen.runtime.DecodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    record Money(BigDecimal amount, String currency, String note) {}

    record Event(OffsetDateTime at, LocalDate day) {}

    @JsonDeserialize(using = ShapeDeserializer.class)
    sealed interface Shape permits Circle, Square {}

    @JsonDeserialize
    record Circle(double radius) implements Shape {}

    @JsonDeserialize
    record Square(@JsonProperty(value = "side", required = true) double side, String label) implements Shape {}

    static final class ShapeDeserializer extends UnionDeserializer<Shape> {
        private static final long serialVersionUID = 1L;

        public ShapeDeserializer() {
            super(Shape.class, List.of(Circle.class, Square.class));
        }
    }

    private final JsonCodec codec = JsonCodec.shared();

    @Test
    void leavesNullsOutKeepsDecimalsAndWritesIsoDates() {
        String json = codec.encodeToString(new Money(new BigDecimal("10.10"), "EUR", null));
        assertThat(json).isEqualTo("{\"amount\":10.10,\"currency\":\"EUR\"}");
        String event = codec.encodeToString(new Event(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                LocalDate.of(2024, 1, 2)));
        assertThat(event).isEqualTo("{\"at\":\"2024-01-02T03:04:05Z\",\"day\":\"2024-01-02\"}");
        assertThat(codec.decode(event.getBytes(StandardCharsets.UTF_8), JsonType.of(Event.class)).day())
                .isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void decodesGenericTypesAndIgnoresUnknownProperties() {
        byte[] json = "{\"a\":[{\"amount\":1.5,\"currency\":\"USD\",\"new\":1}]}".getBytes(StandardCharsets.UTF_8);
        Map<String, List<Money>> decoded = codec.decode(json, JsonType.mapOf(JsonType.listOf(JsonType.of(Money.class))));
        assertThat(decoded.get("a")).containsExactly(new Money(new BigDecimal("1.5"), "USD", null));
        assertThat(codec.decode("[\"x\",\"x\"]".getBytes(StandardCharsets.UTF_8), JsonType.setOf(JsonType.of(String.class))))
                .isEqualTo(Set.of("x"));
    }

    @Test
    void jsonTypesAreEqualByTheirUnderlyingType() {
        assertThat(JsonType.listOf(JsonType.of(String.class))).isEqualTo(JsonType.listOf(JsonType.of(String.class)))
                .hasSameHashCodeAs(JsonType.listOf(JsonType.of(String.class)))
                .isNotEqualTo(JsonType.setOf(JsonType.of(String.class)))
                .hasToString("java.util.List<java.lang.String>");
    }

    @Test
    void badJsonFailsWithTheTargetType() {
        assertThatThrownBy(() -> codec.decode("{".getBytes(StandardCharsets.UTF_8), JsonType.of(Money.class)))
                .isInstanceOf(DecodingException.class).hasMessageContaining("Money");
    }

    @Test
    void aUnionPicksTheVariantThatMatchesStrictly() {
        assertThat(codec.decode("{\"radius\":2}".getBytes(StandardCharsets.UTF_8), JsonType.of(Shape.class)))
                .isEqualTo(new Circle(2));
        // Circle would bind leniently (radius 0, "side" ignored): the strict pass picks Square.
        assertThat(codec.decode("{\"side\":3,\"label\":\"s\"}".getBytes(StandardCharsets.UTF_8), JsonType.of(Shape.class)))
                .isEqualTo(new Square(3, "s"));
        // Square's required "side" is missing, and Circle's primitive radius would silently be 0: neither binds.
        assertThatThrownBy(() -> codec.decode("{\"label\":\"s\"}".getBytes(StandardCharsets.UTF_8), JsonType.of(Shape.class)))
                .isInstanceOf(DecodingException.class);
        // Nothing matches strictly: the first lenient match wins.
        assertThat(codec.decode("{\"radius\":1,\"colour\":\"red\"}".getBytes(StandardCharsets.UTF_8), JsonType.of(Shape.class)))
                .isEqualTo(new Circle(1));
        assertThatThrownBy(() -> codec.decode("[1]".getBytes(StandardCharsets.UTF_8), JsonType.of(Shape.class)))
                .hasMessageContaining("none of the variants of Shape: Circle, Square");
    }

    @Test
    void variantsOptOutOfTheUnionDeserializer() {
        assertThat(Circle.class.getAnnotation(JsonDeserialize.class).using()).isEqualTo(JsonDeserializer.None.class);
    }
}
