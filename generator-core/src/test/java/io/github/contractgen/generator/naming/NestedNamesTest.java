package io.github.contractgen.generator.naming;

import static io.github.contractgen.generator.model.TypeRef.Scalar.DATE_TIME;
import static io.github.contractgen.generator.model.TypeRef.Scalar.STRING;
import static io.github.contractgen.generator.model.TypeRef.listOf;
import static io.github.contractgen.generator.model.TypeRef.mapOf;
import static io.github.contractgen.generator.model.TypeRef.named;
import static io.github.contractgen.generator.model.TypeRef.scalar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.testing.ServiceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedNamesTest {

    private static final Service SERVICE = ServiceBuilder.named("shop")
            .record("Pet", pet -> { })
            .record("PetList", list -> { })
            .alias("PetAlias", named("Pet"))
            .alias("Tags", listOf(scalar(STRING)))
            .enumeration("Colour", "red")
            .enumeration("Known", "x")
            .record("StringValue", value -> { })
            .record("ThingDeserializer", taken -> { })
            .union("Deserializer", union -> union.variant(scalar(STRING)))
            .union("Thing", union -> union
                    .variant("Pet")
                    .variant("PetAlias")
                    .variant(scalar(STRING))
                    .variant(scalar(DATE_TIME))
                    .variant(listOf(named("Pet")))
                    .variant(new TypeRef.ListRef(named("Colour"), true))
                    .variant(mapOf(scalar(STRING)))
                    .variant("Colour")
                    .variant("Tags")
                    .variant(scalar(TypeRef.Scalar.ANY)))
            .build();

    private final SymbolTable symbols = SymbolTable.of("com.example", List.of("shop"), SERVICE);

    @Test
    void recordsStandForThemselvesAndEverythingElseGetsAWrapperThatShadowsNothing() {
        assertThat(List.of(
                        symbols.unionVariant("Thing", named("Pet")),
                        symbols.unionVariant("Thing", named("PetAlias")),
                        symbols.unionVariant("Thing", scalar(STRING)),
                        symbols.unionVariant("Thing", scalar(DATE_TIME)),
                        symbols.unionVariant("Thing", listOf(named("Pet"))),
                        symbols.unionVariant("Thing", new TypeRef.ListRef(named("Colour"), true)),
                        symbols.unionVariant("Thing", mapOf(scalar(STRING))),
                        symbols.unionVariant("Thing", named("Colour")),
                        symbols.unionVariant("Thing", named("Tags")),
                        symbols.unionVariant("Thing", scalar(TypeRef.Scalar.ANY)))
                .stream().map(name -> name.canonicalName()).toList())
                .containsExactly(
                        "com.example.shop.model.Pet",
                        "com.example.shop.model.Pet",
                        "com.example.shop.model.Thing.StringValue2",
                        "com.example.shop.model.Thing.OffsetDateTimeValue",
                        "com.example.shop.model.Thing.PetList2",
                        "com.example.shop.model.Thing.ColourSet",
                        "com.example.shop.model.Thing.StringMap",
                        "com.example.shop.model.Thing.ColourValue",
                        "com.example.shop.model.Thing.TagsValue",
                        "com.example.shop.model.Thing.ObjectValue");
    }

    @Test
    void nestedTypesNeverTakeTheirEnclosingName() {
        assertThat(symbols.enumKnown("Colour").canonicalName()).isEqualTo("com.example.shop.model.Colour.Known");
        assertThat(symbols.enumKnown("Known").simpleName()).isEqualTo("Known2");
    }

    @Test
    void aUnionDeserializerIsATopLevelClassThatTakesNoModelTypesName() {
        assertThat(symbols.unionDeserializer("Thing").canonicalName()).isEqualTo("com.example.shop.model.ThingDeserializer2");
        assertThat(symbols.unionDeserializer("Deserializer").canonicalName())
                .isEqualTo("com.example.shop.model.DeserializerDeserializer");
    }

    @Test
    void askingForWhatIsNotThereNamesTheCulprit() {
        assertThatThrownBy(() -> symbols.unionVariant("Pet", scalar(STRING))).hasMessageContaining("'Pet'");
        assertThatThrownBy(() -> symbols.unionVariant("Thing", scalar(TypeRef.Scalar.UUID))).hasMessageContaining("UUID");
        assertThatThrownBy(() -> symbols.enumKnown("Pet")).hasMessageContaining("'Pet' is not an enum");
    }
}
