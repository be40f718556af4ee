package io.github.contractgen.generator.reader;

import static io.github.contractgen.generator.reader.OpenApiFixtures.operation;
import static io.github.contractgen.generator.reader.OpenApiFixtures.property;
import static io.github.contractgen.generator.reader.OpenApiFixtures.service;
import static io.github.contractgen.generator.reader.OpenApiFixtures.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.model.TypeRef.Scalar;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** How schemas become types: scalars and formats, hoisting, allOf, unions, enums, nullability, recursion. */
class OpenApiReaderTypesTest {

    static Stream<Arguments> petProperties() {
        return Stream.of(
                Arguments.of("id", TypeRef.scalar(Scalar.INT64)),
                Arguments.of("birthday", TypeRef.scalar(Scalar.DATE)),
                Arguments.of("weight", TypeRef.scalar(Scalar.DOUBLE)), // number without format
                Arguments.of("price", TypeRef.scalar(Scalar.DECIMAL)), // format: decimal
                Arguments.of("age", TypeRef.scalar(Scalar.INT64)), // integer without format
                Arguments.of("count", TypeRef.scalar(Scalar.INT32)),
                Arguments.of("owner", TypeRef.named("PetOwner")),
                Arguments.of("tags", new TypeRef.ListRef(TypeRef.named("PetTagsItem"), true)),
                Arguments.of("attributes", TypeRef.mapOf(TypeRef.scalar(Scalar.INT32))),
                Arguments.of("extras", TypeRef.mapOf(TypeRef.any())), // type: object without properties
                Arguments.of("anything", TypeRef.any()), // {}
                Arguments.of("parent", TypeRef.named("Pet")),
                Arguments.of("kind", TypeRef.named("PetKind")));
    }

    @ParameterizedTest(name = "Pet.{0} is {1}")
    @MethodSource("petProperties")
    void propertyTypes(String name, TypeRef expected) {
        TypeDef.RecordDef pet = type(service("petstore.yaml"), "Pet", TypeDef.RecordDef.class);
        assertThat(property(pet, name).type()).isEqualTo(expected);
    }

    @Test
    void propertyDetailsAreCarried() {
        TypeDef.RecordDef pet = type(service("petstore.yaml"), "Pet", TypeDef.RecordDef.class);
        assertThat(pet.description()).isEqualTo("A pet.");
        assertThat(property(pet, "id").required()).isTrue();
        assertThat(property(pet, "id").readOnly()).isTrue();
        assertThat(property(pet, "birthday").required()).isFalse();
        assertThat(property(pet, "legacy").deprecated()).isTrue();
        assertThat(property(pet, "legacy").writeOnly()).isTrue();
        assertThat(property(pet, "count").defaultValue()).contains("3");
        assertThat(property(pet, "nickname").nullable()).isTrue();
        assertThat(property(pet, "name").nullable()).isFalse();
        assertThat(pet.properties()).extracting(Property::name).startsWith("id", "name", "birthday");
    }

    @Test
    void inlineSchemasAreHoistedWithDerivedNames() {
        Service service = service("petstore.yaml");
        TypeDef.RecordDef owner = type(service, "PetOwner", TypeDef.RecordDef.class);
        assertThat(property(owner, "address").type()).isEqualTo(TypeRef.named("PetOwnerAddress"));
        type(service, "PetTagsItem", TypeDef.RecordDef.class);
        type(service, "CreatePetRequest", TypeDef.RecordDef.class);
        type(service, "CreatePetResponse", TypeDef.RecordDef.class);
        assertThat(type(service, "ListPetsStatus", TypeDef.EnumDef.class).values()).containsExactly("available", "sold");
        assertThat(property(type(service, "CreatePetRequest", TypeDef.RecordDef.class), "tag").defaultValue())
                .contains("\"none\"");
    }

    @Test
    void namedNonObjectSchemasAreAliases() {
        Service service = service("petstore.yaml");
        assertThat(type(service, "PetList", TypeDef.AliasDef.class).target())
                .isEqualTo(TypeRef.listOf(TypeRef.named("Pet")));
        assertThat(type(service, "Name", TypeDef.AliasDef.class).target()).isEqualTo(TypeRef.scalar(Scalar.STRING));
    }

    @Test
    void enumsAreDeduplicatedAndTyped() {
        Service service = service("petstore.yaml");
        TypeDef.EnumDef kind = type(service, "PetKind", TypeDef.EnumDef.class);
        assertThat(kind.values()).containsExactly("dog", "cat");
        assertThat(kind.base()).isEqualTo(Scalar.STRING);
        TypeDef.EnumDef level = type(service, "Level", TypeDef.EnumDef.class);
        assertThat(level.base()).isEqualTo(Scalar.INT64);
        assertThat(level.values()).containsExactly("1", "2", "3");
    }

    @Test
    void inlinePropertyTypesAlikeInNameAndContentShareOneType() {
        Service service = service("repeated-inline-types.yaml");
        TypeDef.RecordDef account = type(service, "Account", TypeDef.RecordDef.class);
        TypeDef.RecordDef owner = type(service, "AccountOwner", TypeDef.RecordDef.class);
        TypeDef.RecordDef team = type(service, "Team", TypeDef.RecordDef.class);
        TypeDef.RecordDef repositoryOwner = type(service, "RepositoryOwner", TypeDef.RecordDef.class);
        // The first one named keeps its name; the later alike ones refer to it.
        assertThat(property(account, "type").type()).isEqualTo(TypeRef.named("AccountType"));
        assertThat(property(owner, "type").type()).isEqualTo(TypeRef.named("AccountType"));
        assertThat(property(team, "type").type()).isEqualTo(TypeRef.named("AccountType"));
        assertThat(property(repositoryOwner, "state").type()).isEqualTo(TypeRef.named("AccountOwnerState"));
        assertThat(service.types()).extracting(TypeDef::name)
                .doesNotContain("AccountOwnerType", "TeamType", "RepositoryOwnerState");
        // Another property name, another description or other values: a type of its own.
        assertThat(property(owner, "role").type()).isEqualTo(TypeRef.named("AccountOwnerRole"));
        assertThat(property(team, "state").type()).isEqualTo(TypeRef.named("TeamState"));
        assertThat(type(service, "TeamLevel", TypeDef.EnumDef.class).base()).isEqualTo(Scalar.INT64);
        assertThat(type(service, "RepositoryLevel", TypeDef.EnumDef.class).base()).isEqualTo(Scalar.STRING);
        // Objects too, their properties' types included; array items by the array's property name.
        assertThat(property(team, "owner").type()).isEqualTo(TypeRef.named("AccountOwner"));
        assertThat(property(team, "members").type()).isEqualTo(TypeRef.listOf(TypeRef.named("AccountMembersItem")));
        assertThat(property(team, "leads").type()).isEqualTo(TypeRef.listOf(TypeRef.named("TeamLeadsItem")));
        assertThat(service.types()).extracting(TypeDef::name).doesNotContain("TeamOwner", "TeamMembersItem");
        // Alike in shape but not in what a property requires, allows or defaults to: types of their own.
        assertThat(Stream.of("Account", "Team", "Repository", "Drive")
                .map(holder -> property(type(service, holder, TypeDef.RecordDef.class), "profile").type()))
                .containsExactly(TypeRef.named("AccountProfile"), TypeRef.named("TeamProfile"),
                        TypeRef.named("RepositoryProfile"), TypeRef.named("DriveProfile"));
        // An object that contains itself keeps its name; one alike to it (the same children) shares it.
        TypeDef.RecordDef folderEntry = type(service, "FolderEntry", TypeDef.RecordDef.class);
        assertThat(property(folderEntry, "children").type()).isEqualTo(TypeRef.listOf(TypeRef.named("FolderEntry")));
        assertThat(property(type(service, "Drive", TypeDef.RecordDef.class), "entry").type())
                .isEqualTo(TypeRef.named("FolderEntry"));
        assertThat(service.types()).extracting(TypeDef::name).doesNotContain("DriveEntry");
        // Parameters are not properties: each inline enum there stays its own type.
        assertThat(operation(service, "listAccounts").parameters()).extracting(p -> p.type())
                .containsExactly(TypeRef.named("ListAccountsType"), TypeRef.named("ListAccountsKind"));
    }

    @Test
    void additionalPropertiesBesidePropertiesStayOnTheRecord() {
        TypeDef.RecordDef error = type(service("petstore.yaml"), "Error", TypeDef.RecordDef.class);
        assertThat(error.additionalProperties()).contains(TypeRef.scalar(Scalar.STRING));
        assertThat(error.properties()).extracting(Property::name).containsExactly("code", "message");
    }

    @Test
    void allOfMergesPropertiesOfEveryPartWithRequiredAsUnion() {
        TypeDef.RecordDef dog = type(service("composition.yaml"), "Dog", TypeDef.RecordDef.class);
        assertThat(dog.properties()).extracting(Property::name).containsExactly("id", "kind", "name", "barks", "collar");
        assertThat(dog.properties()).filteredOn(Property::required).extracting(Property::name)
                .containsExactly("id", "name", "barks");
        assertThat(property(dog, "collar").type()).isEqualTo(TypeRef.named("DogCollar"));
    }

    @Test
    void allOfKeepsTheLastPartsExtraPropertiesAndMakesNoTypeForAnEarlierOnes() {
        Service service = service("allof-extras.yaml");
        TypeDef.RecordDef mixed = type(service, "Mixed", TypeDef.RecordDef.class);
        assertThat(mixed.additionalProperties()).contains(TypeRef.named("MixedValue"));
        assertThat(type(service, "MixedValue", TypeDef.RecordDef.class).properties()).extracting(Property::name)
                .containsExactly("b");
        assertThat(service.types()).extracting(TypeDef::name).containsExactly("Mixed", "MixedValue");
    }

    @Test
    void oneOfWithDiscriminatorFillsTheMapping() {
        TypeDef.UnionDef shape = type(service("composition.yaml"), "Shape", TypeDef.UnionDef.class);
        assertThat(shape.variants()).containsExactly(TypeRef.named("Dog"), TypeRef.named("Cat"), TypeRef.named("Base"));
        assertThat(shape.discriminator()).isEqualTo("kind");
        assertThat(shape.mapping()).containsExactly(Map.entry("doggy", "Dog"), Map.entry("kitty", "Cat"),
                Map.entry("Base", "Base"));
    }

    @Test
    void anyOfWithoutDiscriminatorKeepsScalarsAndHoistsObjects() {
        Service service = service("composition.yaml");
        TypeDef.UnionDef loose = type(service, "Loose", TypeDef.UnionDef.class);
        assertThat(loose.discriminator()).isEmpty();
        assertThat(loose.mapping()).isEmpty();
        assertThat(loose.variants()).containsExactly(TypeRef.scalar(Scalar.STRING), TypeRef.scalar(Scalar.INT64),
                TypeRef.named("LooseOption3"), TypeRef.named("LooseSecond"));
    }

    @Test
    void oneOfOfNullAndOneTypeIsANullableUse() {
        Service service = service("composition.yaml");
        assertThat(type(service, "MaybeBase", TypeDef.AliasDef.class).target()).isEqualTo(TypeRef.named("Base"));
        TypeDef.RecordDef wrapper = type(service, "Wrapper", TypeDef.RecordDef.class);
        assertThat(property(wrapper, "maybe").type()).isEqualTo(TypeRef.named("Named"));
        assertThat(property(wrapper, "maybe").nullable()).isTrue();
        assertThat(property(wrapper, "base").type()).isEqualTo(TypeRef.named("Base"));
        assertThat(property(wrapper, "base").nullable()).isTrue();
        assertThat(property(wrapper, "base").description()).isEqualTo("Just a base.");
    }

    @Test
    void recursiveSchemasReferToThemselvesByName() {
        Service service = service("composition.yaml");
        TypeDef.RecordDef node = type(service, "Node", TypeDef.RecordDef.class);
        assertThat(property(node, "children").type()).isEqualTo(TypeRef.listOf(TypeRef.named("Node")));
        assertThat(property(node, "next").type()).isEqualTo(TypeRef.named("Node"));
        // A and B each take the other in allOf: merged once each, no endless recursion.
        assertThat(type(service, "A", TypeDef.RecordDef.class).properties()).extracting(Property::name)
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void openApi31NullableForms() {
        Service service = service("nullable31.yaml");
        TypeDef.RecordDef thing = type(service, "Thing", TypeDef.RecordDef.class);
        assertThat(property(thing, "label").type()).isEqualTo(TypeRef.scalar(Scalar.STRING));
        assertThat(property(thing, "label").nullable()).isTrue();
        assertThat(property(thing, "count").nullable()).isFalse();
        assertThat(property(thing, "ref").type()).isEqualTo(TypeRef.named("Other"));
        assertThat(property(thing, "ref").nullable()).isTrue();
        assertThat(property(thing, "mode").nullable()).isTrue();
        assertThat(type(service, "ThingMode", TypeDef.EnumDef.class).values()).containsExactly("auto", "manual");
        assertThat(type(service, "ThingFixed", TypeDef.EnumDef.class).values()).containsExactly("alpha");
        assertThat(property(type(service, "Other", TypeDef.RecordDef.class), "x").type())
                .isEqualTo(TypeRef.scalar(Scalar.FLOAT));
    }

    @Test
    void severalTypesBecomeAnyWithALocatedWarning() {
        ReadResult result = OpenApiFixtures.read("nullable31.yaml");
        TypeDef.RecordDef thing = type(result.contract().get().services().get(0), "Thing", TypeDef.RecordDef.class);
        assertThat(property(thing, "mixed").type()).isEqualTo(TypeRef.any());
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.toString()).startsWith("nullable31.yaml:27:9: warning: a schema of several types");
        });
    }

    @Test
    void typesAreSortedByName() {
        Service service = service("petstore.yaml");
        assertThat(service.types()).extracting(TypeDef::name).isSorted();
        assertThat(service.types()).extracting(TypeDef::location).allSatisfy(l -> assertThat(l.file()).isEqualTo("petstore.yaml"));
        assertThat(Optional.of(service.name())).contains("petstore");
    }

    @Test
    void readingTwiceGivesTheSameModelInTheSameOrder() {
        for (String file : new String[] {"petstore.yaml", "composition.yaml", "swagger2.yaml"}) {
            assertThat(OpenApiFixtures.read(file).toString()).isEqualTo(OpenApiFixtures.read(file).toString());
        }
    }

    /**
     * In 3.1 swagger-parser hands {@code additionalProperties: false} over as a schema; it still means no
     * extra properties, wherever the object stands, while {@code true} and a schema keep their map.
     */
    @Test
    void additionalPropertiesFalseIn31AllowsNoExtraPropertiesAnywhere() {
        Service service = service("additional-properties-31.yaml");
        assertThat(Stream.of("Closed", "HolderInner", "HolderListItem", "Merged", "SendClosedRequest",
                "SendClosedFilter")).allSatisfy(name -> assertThat(type(service, name, TypeDef.RecordDef.class)
                        .additionalProperties()).as(name).isEmpty());
        assertThat(type(service, "Open", TypeDef.RecordDef.class).additionalProperties()).contains(TypeRef.any());
        assertThat(type(service, "Typed", TypeDef.RecordDef.class).additionalProperties())
                .contains(TypeRef.scalar(TypeRef.Scalar.INT64));
    }

    /** A required name without a property is mostly a typo: kept as a required any-JSON component, with a hint. */
    @Test
    void aRequiredNameWithoutAPropertyBecomesARequiredAnyComponentWithAWarning() {
        ReadResult result = OpenApiFixtures.read("wire/required-typo.yaml");
        assertThat(result.diagnostics()).map(Object::toString).containsExactly("wire/required-typo.yaml:16:5: warning:"
                + " schema 'Pet' requires 'nmae' but declares no such property; it is generated as a required"
                + " component of any JSON value; did you mean 'name'? [/components/schemas/Pet]");
        TypeDef.RecordDef pet = type(result.contract().orElseThrow().services().get(0), "Pet", TypeDef.RecordDef.class);
        assertThat(pet.properties()).extracting(Property::name, Property::type, Property::required).containsExactly(
                tuple("name", TypeRef.scalar(Scalar.STRING), true), tuple("tag", TypeRef.scalar(Scalar.STRING), false),
                tuple("nmae", TypeRef.any(), true));
    }
}
