package io.github.contractgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.contractgen.runtime.DecodingException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codec refuses, naming the JSON path, every value that would otherwise decode silently wrong. */
class StrictDecodingTest {

    /** As generated: a required int, a required string, optional values of each number kind. */
    record Item(@JsonProperty(value = "count", required = true) int count,
            @JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
            @JsonProperty("total") Long total, @JsonProperty("big") BigInteger big,
            @JsonProperty("price") Double price, @JsonProperty("ratio") Float ratio) {}

    record Order(@JsonProperty(value = "items", required = true) List<Item> items) {}

    private static final JsonType<Order> ORDER = JsonType.of(Order.class);

    /** An order whose third item is {@code item}. */
    private static byte[] order(String item) {
        return ("{\"items\":[{\"count\":1,\"name\":\"a\"},{\"count\":2,\"name\":\"b\"}," + item + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"count\":null,\"name\":\"c\"}               | $.items[2].count: null where the contract requires a value",
        "{\"name\":\"c\"}                              | $.items[2].count: a required property is missing",
        "{\"count\":1.9,\"name\":\"c\"}                | $.items[2].count: a number with a fraction where the contract wants an integer",
        "{\"count\":2147483648,\"name\":\"c\"}         | $.items[2].count: a number out of the range of",
        "{\"count\":3e10,\"name\":\"c\"}               | $.items[2].count: a number out of the range of int",
        "{\"count\":1,\"name\":\"c\",\"total\":9223372036854775808} | $.items[2].total: a number out of the range of",
        "{\"count\":1,\"name\":\"c\",\"total\":0.5}    | $.items[2].total: a number with a fraction where the contract wants an integer",
        "{\"count\":1,\"name\":\"c\",\"big\":1e999999999} | $.items[2].big: a number out of the range of BigInteger",
        "{\"count\":1,\"name\":\"c\",\"price\":1e999999999} | $.items[2].price: a number out of the range of Double",
        "{\"count\":1,\"name\":\"c\",\"price\":\"NaN\"} | $.items[2].price: a number out of the range of Double",
        "{\"count\":1,\"name\":\"c\",\"ratio\":1e39}   | $.items[2].ratio: a number out of the range of Float",
        "{\"count\":1,\"name\":null}                   | $.items[2].name: null where the contract requires a value",
        "{\"count\":1}                                 | $.items[2].name: a required property is missing",
    })
    void refusesNamingThePath(String item, String expected) {
        for (JsonCodec codec : List.of(JsonCodec.shared(), JsonCodec.lenient())) {
            if (codec == JsonCodec.lenient() && expected.contains(".name:")) {
                continue; // what lenient decoding accepts: tested below
            }
            assertThatThrownBy(() -> codec.decode(order(item), ORDER))
                    .isInstanceOf(DecodingException.class)
                    .hasMessageStartingWith("JSON does not decode as " + Order.class.getName() + ": ")
                    .hasMessageContaining(expected);
        }
    }

    enum Colour { RED, GREEN }

    record Paint(@JsonProperty("colour") Colour colour) {}

    @Test
    void aNumberIsNoEnumConstant() {
        assertThatThrownBy(() -> JsonCodec.shared().decode("{\"colour\":1}".getBytes(StandardCharsets.UTF_8),
                JsonType.of(Paint.class)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("$.colour: a value that does not match the declared type");
        assertThat(JsonCodec.shared().decode("{\"colour\":\"GREEN\"}".getBytes(StandardCharsets.UTF_8),
                JsonType.of(Paint.class))).isEqualTo(new Paint(Colour.GREEN));
    }

    @Test
    void neverQuotesTheValue() {
        assertThatThrownBy(() -> JsonCodec.shared().decode(order("{\"count\":12.345678,\"name\":\"c\"}"), ORDER))
                .isInstanceOf(DecodingException.class)
                .hasMessageNotContaining("12.345678")
                .hasNoCause();
    }

    @Test
    void wholeNumbersWrittenWithAFractionAreIntegers() {
        Order order = JsonCodec.shared().decode(order(
                "{\"count\":2.0,\"name\":\"c\",\"total\":9007199254740993.0,\"big\":1.2e3,\"price\":1e300}"), ORDER);
        Item item = order.items().get(2);
        assertThat(item.count()).isEqualTo(2);
        assertThat(item.total()).isEqualTo(9007199254740993L);
        assertThat(item.big()).isEqualTo(BigInteger.valueOf(1200));
        assertThat(item.price()).isEqualTo(1e300);
    }

    @Test
    void lenientDecodingAcceptsAMissingOrNullRequiredReferenceAsNull() {
        assertThat(JsonCodec.lenient().decode(order("{\"count\":3,\"name\":null}"), ORDER).items().get(2))
                .isEqualTo(new Item(3, null, null, null, null, null));
        assertThat(JsonCodec.lenient().decode(order("{\"count\":3}"), ORDER).items().get(2).name()).isNull();
        assertThat(JsonCodec.of(true)).isSameAs(JsonCodec.lenient());
        assertThat(JsonCodec.of(false)).isSameAs(JsonCodec.shared());
    }

    @Test
    void encodingRefusesANullRequiredValueNamingThePath() {
        Order order = new Order(List.of(new Item(1, "a", null, null, null, null), new Item(2, null, null, null, null, null)));
        for (JsonCodec codec : List.of(JsonCodec.shared(), JsonCodec.lenient())) {
            assertThatThrownBy(() -> codec.encode(order))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot encode " + Order.class.getName() + " as JSON: $.items[1].name: a required value is null");
        }
        assertThat(JsonCodec.shared().encodeToString(new Item(1, "a", null, null, null, null)))
                .isEqualTo("{\"count\":1,\"name\":\"a\"}");
    }

    /** As generated for headers whose correlation id is required, with a nested record of the same name. */
    record Headers(@JsonProperty(value = "name", required = true) @JsonSetter(nulls = Nulls.FAIL) String name,
            @JsonProperty(value = "source", required = true) @JsonSetter(nulls = Nulls.FAIL) String source,
            @JsonProperty("item") Item item) {}

    @Test
    void aTopLevelValueTheCallerFillsLaterMayBeNullAndNothingElse() {
        Set<String> name = Set.of("name");
        assertThat(new String(JsonCodec.shared().encodeFilledLater(new Headers(null, "shop", null), name), StandardCharsets.UTF_8))
                .isEqualTo("{\"source\":\"shop\"}");
        assertThatThrownBy(() -> JsonCodec.shared().encodeFilledLater(new Headers(null, null, null), name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot encode " + Headers.class.getName() + " as JSON: $.source: a required value is null");
        assertThatThrownBy(() -> JsonCodec.shared().encodeFilledLater(
                new Headers("n", "shop", new Item(1, null, null, null, null, null)), name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot encode " + Headers.class.getName() + " as JSON: $.item.name: a required value is null");
        assertThatThrownBy(() -> JsonCodec.shared().encode(new Headers(null, "shop", null)))
                .hasMessage("cannot encode " + Headers.class.getName() + " as JSON: $.name: a required value is null");
    }
}
