package io.github.contractgen.generator.emit.model;

import static io.github.contractgen.generator.model.TypeRef.Scalar.BOOLEAN;
import static io.github.contractgen.generator.model.TypeRef.Scalar.BYTES;
import static io.github.contractgen.generator.model.TypeRef.Scalar.DATE_TIME;
import static io.github.contractgen.generator.model.TypeRef.Scalar.DECIMAL;
import static io.github.contractgen.generator.model.TypeRef.Scalar.DOUBLE;
import static io.github.contractgen.generator.model.TypeRef.Scalar.INT32;
import static io.github.contractgen.generator.model.TypeRef.Scalar.INT64;
import static io.github.contractgen.generator.model.TypeRef.Scalar.STRING;
import static io.github.contractgen.generator.model.TypeRef.listOf;
import static io.github.contractgen.generator.model.TypeRef.named;
import static io.github.contractgen.generator.model.TypeRef.scalar;
import static io.github.contractgen.generator.testing.ServiceBuilder.prop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.testing.ServiceBuilder;
import io.github.contractgen.runtime.DecodingException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Records: what the generated classes do with JSON, not how they look. */
class RecordModelTest {

    private static final GeneratedModels PETSTORE = GeneratedModels.of(PetstoreFixture.service());

    @Test
    void roundTripKeepsEveryPropertyAndItsWireName() {
        String json = "{\"id\":7,\"name\":\"Rex\",\"status\":\"sold\",\"tags\":[\"good\",\"old\"],"
                + "\"category\":{\"name\":\"dogs\"},\"attributes\":{\"colour\":\"brown\"},"
                + "\"born-at\":\"2020-01-02T03:04:05Z\",\"legacy-code\":\"x1\"}";
        Object pet = PETSTORE.decode(json, "Pet");

        assertThat(GeneratedModels.call(pet, "id")).isEqualTo(7L);
        assertThat(GeneratedModels.call(pet, "bornAt")).isEqualTo(OffsetDateTime.parse("2020-01-02T03:04:05Z"));
        assertThat(GeneratedModels.encode(pet)).isEqualTo(json);
    }

    @Test
    void missingCollectionsAreEmptyAndNotWrittenBack() {
        Object pet = PETSTORE.decode("{\"id\":1,\"name\":\"Rex\",\"attributes\":null}", "Pet");

        assertThat(GeneratedModels.list(pet, "tags")).isEmpty();
        assertThat(GeneratedModels.map(pet, "attributes")).isEmpty();
        assertThat(GeneratedModels.encode(pet)).isEqualTo("{\"id\":1,\"name\":\"Rex\",\"status\":\"available\"}");
    }

    @Test
    void collectionsAreUnmodifiableCopiesThatAcceptNullItems() {
        Object pet = PETSTORE.decode("{\"id\":1,\"name\":\"Rex\",\"tags\":[\"a\",null]}", "Pet");
        List<Object> tags = GeneratedModels.list(pet, "tags");

        assertThat(tags).containsExactly("a", null);
        assertThatThrownBy(() -> tags.clear()).isInstanceOf(UnsupportedOperationException.class);
        java.util.ArrayList<String> mine = new java.util.ArrayList<>(List.of("x"));
        Object category = PETSTORE.construct("Category", "dogs", null);
        Object built = PETSTORE.construct("Pet", 1L, "Rex", null, mine, category, null, null, null);
        mine.add("changed later");
        assertThat(GeneratedModels.list(built, "tags")).containsExactly("x");
    }

    @Test
    void requiredScalarsArePrimitiveOrNonNullAndTheRestNullable() {
        Class<?> pet = PETSTORE.type("Pet");
        Map<String, RecordComponent> components = components(pet);

        // id is required but read-only: a request is built without it.
        assertThat(components.get("id").getType()).isEqualTo(Long.class);
        assertThat(nullable(components.get("id"))).isTrue();
        assertThat(components.get("name").getType()).isEqualTo(String.class);
        assertThat(nullable(components.get("name"))).isFalse();
        assertThat(nullable(components.get("tags"))).isFalse();
        assertThat(nullable(components.get("bornAt"))).isTrue();

        GeneratedModels counters = GeneratedModels.of(ServiceBuilder.named("counters")
                .record("Counter", counter -> counter
                        .required("count", scalar(INT32))
                        .required("total", scalar(INT64))
                        .required("ratio", scalar(DOUBLE))
                        .required("on", scalar(BOOLEAN))
                        .property(prop("maybe", scalar(INT32)).required(true).nullable())
                        .optional("later", scalar(INT32))
                        .optional("blob", scalar(BYTES)))
                .build());
        assertThat(Arrays.stream(counters.type("Counter").getRecordComponents()).map(RecordComponent::getType))
                .containsExactly(int.class, long.class, double.class, boolean.class, Integer.class, Integer.class,
                        byte[].class);
        assertThat(nullable(components(counters.type("Counter")).get("blob"))).isTrue();
        Object decoded = counters.decode("{\"count\":1,\"total\":2,\"ratio\":0.5,\"on\":true,\"maybe\":null,\"blob\":\"AQI=\"}", "Counter");
        assertThat((byte[]) GeneratedModels.call(decoded, "blob")).containsExactly(1, 2);
    }

    @Test
    void aMissingRequiredPropertyFailsDecodingButAMissingWriteOnlyOneDoesNot() {
        assertThatThrownBy(() -> PETSTORE.decode("{\"id\":1}", "Pet"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("$.name: a required property is missing");

        GeneratedModels users = GeneratedModels.of(ServiceBuilder.named("users")
                .record("User", user -> user
                        .required("login", scalar(STRING))
                        .property(prop("password", scalar(STRING)).required(true).writeOnly()))
                .build());
        Object user = users.decode("{\"login\":\"ann\"}", "User");
        assertThat(GeneratedModels.call(user, "password")).isNull();
        assertThat(users.source("User")).contains("Write-only: sent to the service, never returned by it.");
    }

    @Test
    void additionalPropertiesSurviveTheRoundTrip() {
        String json = "{\"name\":\"Ann\",\"nickname\":\"A\",\"address\":{\"city\":\"Oslo\"},\"pets\":[1,2]}";
        Object owner = PETSTORE.decode(json, "Owner");

        assertThat(GeneratedModels.map(owner, "additionalProperties"))
                .containsOnlyKeys("nickname", "address", "pets");
        // Jackson hands a creator's any-setter map over in reverse order; JSON does not care.
        GeneratedModels.assertSameJson(GeneratedModels.encode(owner), json);
        Object built = PETSTORE.construct("Owner", "Bob", null);
        assertThat(GeneratedModels.encode(built)).isEqualTo("{\"name\":\"Bob\"}");
    }

    @Test
    void typedAdditionalPropertiesAreConverted() {
        GeneratedModels scores = GeneratedModels.of(ServiceBuilder.named("scores")
                .record("Scores", record -> record.additionalProperties(scalar(INT32)))
                .build());
        Object decoded = scores.decode("{\"ann\":3,\"bob\":\"4\"}", "Scores");

        assertThat(GeneratedModels.map(decoded, "additionalProperties"))
                .isEqualTo(Map.of("ann", 3, "bob", 4));
        assertThat(GeneratedModels.encode(decoded)).isEqualTo("{\"ann\":3,\"bob\":4}");
    }

    @Test
    void defaultsFillAbsentScalarsAndEnums() {
        GeneratedModels settings = GeneratedModels.of(ServiceBuilder.named("settings")
                .enumeration("Mode", "fast", "safe")
                .record("Settings", record -> record
                        .property(prop("mode", named("Mode")).defaultValue("\"safe\""))
                        .property(prop("other-mode", named("Mode")).defaultValue("\"turbo\""))
                        .property(prop("label", scalar(STRING)).defaultValue("\"none\""))
                        .property(prop("retries", scalar(INT32)).defaultValue("3"))
                        .property(prop("limit", scalar(INT64)).defaultValue("10000000000"))
                        .property(prop("ratio", scalar(DECIMAL)).defaultValue("0.25"))
                        .property(prop("verbose", scalar(BOOLEAN)).defaultValue("true"))
                        .property(prop("since", scalar(DATE_TIME)).defaultValue("\"2020-01-01T00:00:00Z\""))
                        .property(prop("nullable", scalar(INT32)).nullable().defaultValue("5")))
                .build());
        Object decoded = settings.decode("{}", "Settings");

        assertThat(GeneratedModels.encode(decoded)).isEqualTo("{\"mode\":\"safe\",\"other-mode\":\"turbo\","
                + "\"label\":\"none\",\"retries\":3,\"limit\":10000000000,\"ratio\":0.25,\"verbose\":true}");
        assertThat(GeneratedModels.call(decoded, "ratio")).isEqualTo(new BigDecimal("0.25"));
        assertThat(GeneratedModels.call(decoded, "mode"))
                .isSameAs(GeneratedModels.call(settings.type("Mode"), "of", "safe"));
        assertThat(settings.source("Settings"))
                .contains("Default: {@code \"2020-01-01T00:00:00Z\"}, applied by the service when absent.")
                .contains("Default: {@code 3}, set here when absent.");
        assertThat(GeneratedModels.encode(settings.decode("{\"retries\":0}", "Settings"))).contains("\"retries\":0");
    }

    @Test
    void recursiveRecordsNest() {
        String json = "{\"name\":\"animals\",\"subcategories\":[{\"name\":\"dogs\",\"subcategories\":"
                + "[{\"name\":\"terriers\"}]},{\"name\":\"cats\"}]}";
        Object category = PETSTORE.decode(json, "Category");

        List<Object> children = GeneratedModels.list(category, "subcategories");
        List<Object> grandchildren = GeneratedModels.list(children.get(0), "subcategories");
        assertThat(GeneratedModels.call(grandchildren.get(0), "name")).isEqualTo("terriers");
        assertThat(GeneratedModels.encode(category)).isEqualTo(json);
    }

    @Test
    void anEmptyRecordAndAliasesWork() {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("misc")
                .record("Nothing", record -> { })
                .alias("Tags", listOf(scalar(STRING)))
                .alias("Id", scalar(INT64))
                .record("Tagged", record -> record.required("id", named("Id")).optional("tags", named("Tags")))
                .build());

        assertThat(GeneratedModels.encode(models.decode("{\"x\":1}", "Nothing"))).isEqualTo("{}");
        assertThat(models.files).extracting(file -> file.typeSpec().name()).containsExactly("Nothing", "Tagged");
        Object tagged = models.decode("{\"id\":5}", "Tagged");
        assertThat(components(models.type("Tagged")).get("id").getType()).isEqualTo(long.class);
        assertThat(GeneratedModels.list(tagged, "tags")).isEmpty();
    }

    @Test
    void deprecationIsCarriedOver() throws Exception {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("old")
                .record("Old", record -> record.deprecated().property(prop("gone", scalar(STRING)).deprecated()))
                .build());

        assertThat(models.type("Old").isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(models.type("Old").getMethod("gone").isAnnotationPresent(Deprecated.class)).isTrue();
    }

    static Map<String, RecordComponent> components(Class<?> record) {
        Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        return components;
    }

    static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }
}
