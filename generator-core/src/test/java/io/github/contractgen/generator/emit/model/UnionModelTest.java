package io.github.contractgen.generator.emit.model;

import static io.github.contractgen.generator.model.TypeRef.Scalar.INT32;
import static io.github.contractgen.generator.model.TypeRef.Scalar.INT64;
import static io.github.contractgen.generator.model.TypeRef.Scalar.STRING;
import static io.github.contractgen.generator.model.TypeRef.listOf;
import static io.github.contractgen.generator.model.TypeRef.mapOf;
import static io.github.contractgen.generator.model.TypeRef.named;
import static io.github.contractgen.generator.model.TypeRef.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.testing.ServiceBuilder;
import io.github.contractgen.runtime.DecodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unions: sealed interfaces that decode to the right variant, with and without a discriminator. */
class UnionModelTest {

    private static final GeneratedModels PETSTORE = GeneratedModels.of(PetstoreFixture.service());

    private static final GeneratedModels SHAPES = GeneratedModels.of(ServiceBuilder.named("shapes")
            .record("Circle", circle -> circle.required("radius", scalar(INT32)))
            .record("Square", square -> square.required("side", scalar(INT32)).optional("label", scalar(STRING)))
            .enumeration("Colour", "red", "green")
            .union("Shape", shape -> shape
                    .variant("Circle")
                    .variant("Square")
                    .variant(scalar(STRING))
                    .variant(scalar(INT64))
                    .variant(listOf(named("Circle")))
                    .variant(mapOf(scalar(INT32)))
                    .variant("Colour")
                    .variant("Named"))
            .alias("Named", named("Circle")) // the same record again, through an alias: one variant
            .union("Drawing", drawing -> drawing.variant("Shape").variant("Square"))
            .union("Nothing", nothing -> { })
            .union("Loop", loop -> loop.variant("Loop").variant("Circle"))
            .build());

    @Test
    void aDiscriminatorPicksTheVariantAndStillBindsIntoTheRecord() {
        Object card = PETSTORE.decode("{\"type\":\"card\",\"number\":\"4111\"}", "PaymentMethod");
        Object transfer = PETSTORE.decode("{\"type\":\"bank_transfer\",\"iban\":\"NO93\"}", "PaymentMethod");

        assertThat(card.getClass().getSimpleName()).isEqualTo("Card");
        assertThat(GeneratedModels.call(card, "type")).isEqualTo("card");
        assertThat(transfer.getClass().getSimpleName()).isEqualTo("BankTransfer");
        assertThat(GeneratedModels.encode(transfer)).isEqualTo("{\"iban\":\"NO93\",\"type\":\"bank_transfer\"}");
        assertThat(PETSTORE.type("PaymentMethod").isSealed()).isTrue();
        assertThat(Arrays.stream(PETSTORE.type("PaymentMethod").getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactly("Card", "BankTransfer");
        assertThatThrownBy(() -> PETSTORE.decode("{\"type\":\"cash\"}", "PaymentMethod"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("$: a discriminator value the contract does not name");
    }

    @Test
    void aVariantRecordDecodesOnItsOwnAndFillsInItsDiscriminator() {
        Object card = PETSTORE.decode("{\"number\":\"4111\"}", "Card");
        assertThat(GeneratedModels.call(card, "type")).isEqualTo("card");

        Object built = PETSTORE.construct("BankTransfer", "NO93");
        String json = GeneratedModels.encode(built);
        assertThat(json).isEqualTo("{\"iban\":\"NO93\",\"type\":\"bank_transfer\"}");
        assertThat(PETSTORE.decode(json, "PaymentMethod")).isEqualTo(built);
    }

    @Test
    void aDeclaredDiscriminatorIsAConstantNoCallerCanGetWrong() {
        assertThat(PETSTORE.type("Card").getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("number", "expiry");
        Object card = PETSTORE.construct("Card", "4111", "2030-01");
        String json = GeneratedModels.encode(card);
        GeneratedModels.assertSameJson(json, "{\"type\":\"card\",\"number\":\"4111\",\"expiry\":\"2030-01\"}");
        Object decoded = PETSTORE.decode(json, "PaymentMethod");
        assertThat(decoded).isEqualTo(card);
        // A wrong value in the property of a variant decoded on its own changes nothing: it is a constant.
        Object lying = PETSTORE.decode("{\"type\":\"bank_transfer\",\"number\":\"4111\",\"expiry\":\"2030-01\"}", "Card");
        assertThat(lying).isEqualTo(card);
        assertThat(GeneratedModels.call(lying, "type")).isEqualTo("card");
    }

    @Test
    void severalDiscriminatorValuesCanSelectOneVariant() {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("pay")
                .record("Card", card -> card.required("kind", scalar(STRING)))
                .record("Cash", cash -> cash.required("kind", scalar(STRING)))
                .union("Payment", union -> union.discriminator("kind")
                        .map("visa", "Card").map("amex", "Card").variant("Card").variant("Cash"))
                .build());

        assertThat(models.decode("{\"kind\":\"amex\"}", "Payment").getClass().getSimpleName()).isEqualTo("Card");
        assertThat(models.decode("{\"kind\":\"visa\"}", "Payment").getClass().getSimpleName()).isEqualTo("Card");
        assertThat(models.decode("{\"kind\":\"Cash\"}", "Payment").getClass().getSimpleName()).isEqualTo("Cash");
        // Two values select Card: the record cannot guess which one to fill in, so it must come.
        assertThat(GeneratedModels.call(models.construct("Card", (Object) null), "kind")).isNull();
        assertThatThrownBy(() -> models.decode("{}", "Card")).hasMessageContaining("$.kind: a required property is missing");
        assertThat(GeneratedModels.call(models.decode("{}", "Cash"), "kind")).isEqualTo("Cash");
    }

    @Test
    void aVariantThatDoesNotDeclareTheDiscriminatorStillWritesIt() {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("pets")
                .record("Dog", dog -> dog.required("barks", scalar(INT32)))
                .record("Cat", cat -> cat.required("pet-type", scalar(STRING)).required("meows", scalar(INT32)))
                .union("Pet", union -> union.discriminator("pet-type").map("dog", "Dog").map("cat", "Cat")
                        .variant("Dog").variant("Cat"))
                .build());

        Object dog = models.construct("Dog", 3);
        assertThat(GeneratedModels.encode(dog)).isEqualTo("{\"barks\":3,\"pet-type\":\"dog\"}");
        assertThat(models.decode("{\"pet-type\":\"dog\",\"barks\":3}", "Pet")).isEqualTo(dog);
        assertThat(models.type("Dog").getRecordComponents()).hasSize(1);
        assertThat(models.source("Pet")).contains(" * Either Dog or Cat, told apart by {@code pet-type}.\n");
    }

    @Test
    void aDiscriminatorWithAVariantThatIsNoObjectFallsBackToTryingInOrder() {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("mixed")
                .record("Dog", dog -> dog.required("kind", scalar(STRING)))
                .union("Pet", union -> union.discriminator("kind").map("dog", "Dog").variant("Dog").variant(scalar(STRING)))
                .build());

        assertThat(models.source("Pet")).contains("PetDeserializer.class").doesNotContain("JsonTypeInfo")
                .contains(" * Either Dog or StringValue, whichever the JSON fits first.\n");
        assertThat(java.lang.reflect.Modifier.isPublic(models.type("PetDeserializer").getModifiers())).isFalse();
        assertThat(models.decode("{\"kind\":\"dog\"}", "Pet").getClass().getSimpleName()).isEqualTo("Dog");
        assertThat(models.decode("\"rex\"", "Pet").getClass().getSimpleName()).isEqualTo("StringValue");
    }

    @Test
    void withoutDiscriminatorTheFirstVariantThatFitsWins() {
        Object square = SHAPES.decode("{\"side\":2}", "Shape");
        Object circle = SHAPES.decode("{\"radius\":1}", "Shape");

        assertThat(square.getClass().getSimpleName()).isEqualTo("Square");
        assertThat(circle.getClass().getSimpleName()).isEqualTo("Circle");
        assertThat(GeneratedModels.encode(square)).isEqualTo("{\"side\":2}");
        assertThat(PETSTORE.decode("{\"id\":3,\"name\":\"Rex\"}", "PetOrId").getClass().getSimpleName()).isEqualTo("Pet");
        assertThat(GeneratedModels.call(PETSTORE.decode("42", "PetOrId"), "value")).isEqualTo(42L);
    }

    @Test
    void variantsThatAreNotRecordsAreWrappedAndInvisibleInJson() {
        Map<String, String> expected = Map.of(
                "\"hello\"", "StringValue",
                "7", "LongValue",
                "[{\"radius\":1},{\"radius\":2}]", "CircleList",
                "{\"a\":1,\"b\":2}", "IntegerMap",
                "\"green\"", "StringValue");
        expected.forEach((json, wrapper) -> {
            Object shape = SHAPES.decode(json, "Shape");
            assertThat(shape.getClass().getSimpleName()).as(json).isEqualTo(wrapper);
            assertThat(GeneratedModels.encode(shape)).isEqualTo(json);
        });
        List<Object> circles = GeneratedModels.list(SHAPES.decode("[{\"radius\":1}]", "Shape"), "value");
        assertThat(circles.get(0).getClass().getSimpleName()).isEqualTo("Circle");
        Object colour = SHAPES.construct("Shape$ColourValue", GeneratedModels.call(SHAPES.type("Colour"), "of", "red"));
        assertThat(GeneratedModels.encode(colour)).isEqualTo("\"red\"");
        assertThat(Arrays.stream(SHAPES.type("Shape").getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactly("Circle", "Square", "StringValue", "LongValue", "CircleList", "IntegerMap", "ColourValue");
    }

    @Test
    void aRecordInSeveralUnionsAndAUnionInAUnion() {
        assertThat(SHAPES.type("Square").getInterfaces()).extracting(Class::getSimpleName)
                .containsExactly("Drawing", "Shape");
        Object drawing = SHAPES.decode("{\"radius\":5}", "Drawing");
        assertThat(drawing.getClass().getSimpleName()).isEqualTo("ShapeValue");
        assertThat(GeneratedModels.call(drawing, "value").getClass().getSimpleName()).isEqualTo("Circle");
        assertThat(GeneratedModels.encode(drawing)).isEqualTo("{\"radius\":5}");
        Object square = SHAPES.decode("{\"side\":5,\"label\":\"x\"}", "Drawing");
        assertThat(square.getClass().getSimpleName()).isEqualTo("ShapeValue");
    }

    @Test
    void emptyAndSelfContainingUnionsHoldPlainJson() {
        Object nothing = SHAPES.decode("{\"a\":[1,true]}", "Nothing");
        assertThat(SHAPES.type("Nothing").isRecord()).isTrue();
        assertThat(GeneratedModels.encode(nothing)).isEqualTo("{\"a\":[1,true]}");
        assertThat(GeneratedModels.encode(SHAPES.decode("\"x\"", "Loop"))).isEqualTo("\"x\"");
        assertThat(SHAPES.type("Circle").getInterfaces()).extracting(Class::getSimpleName).containsExactly("Shape");
        assertThat(SHAPES.source("Loop")).contains("contains itself as an alternative");
    }
}
