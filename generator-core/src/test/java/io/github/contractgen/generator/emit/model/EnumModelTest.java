package io.github.contractgen.generator.emit.model;

import static io.github.contractgen.generator.model.TypeRef.Scalar.INT32;
import static io.github.contractgen.generator.model.TypeRef.Scalar.INT64;
import static io.github.contractgen.generator.model.TypeRef.listOf;
import static io.github.contractgen.generator.model.TypeRef.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.testing.ServiceBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open enums: known values are constants, unknown values survive, and known ones can be switched on. */
class EnumModelTest {

    /** Hand-written user code: it must compile against the generated enum, and its switch must be exhaustive. */
    private static final String USE = """
            package demo;

            import com.example.enums.model.PetStatus;

            public final class Use {
                public static String describe(PetStatus status) {
                    return switch (status.known()) {
                        case AVAILABLE -> "can be bought";
                        case PENDING -> "reserved";
                        case SOLD -> "gone";
                        case UNRECOGNIZED -> "new to us: " + status.value();
                    };
                }

                public static boolean isAvailable(PetStatus status) {
                    return status == PetStatus.AVAILABLE;
                }
            }
            """;

    private static final GeneratedModels MODELS = GeneratedModels.of(ServiceBuilder.named("enums")
            .enumeration("PetStatus", "available", "pending", "sold")
            .enumeration("Priority", INT32, "1", "2", "-3")
            .enumeration("Big", INT64, "10000000000", "1")
            .enumeration("Clashing", "a-b", "a_b", "A B", "unrecognized", "1st", "")
            .enumeration("Known", "x")
            .enumeration("Empty")
            .record("Pet", pet -> pet.optional("statuses", listOf(named("PetStatus"))).optional("priority", named("Priority")))
            .build(), Map.of("demo/Use.java", USE));

    @Test
    void knownValuesDecodeToTheirConstants() {
        Class<?> status = MODELS.type("PetStatus");
        Object sold = MODELS.decode("\"sold\"", "PetStatus");

        assertThat(sold).isSameAs(GeneratedModels.call(status, "of", "sold"));
        assertThat(GeneratedModels.call(sold, "isKnown")).isEqualTo(true);
        assertThat(GeneratedModels.call(sold, "known").toString()).isEqualTo("SOLD");
        assertThat(GeneratedModels.call(status, "knownValues").toString()).isEqualTo("[available, pending, sold]");
        assertThat(describe(sold)).isEqualTo("gone");
        assertThat(MODELS.compilation.load("demo.Use").getMethods())
                .anyMatch(method -> method.getName().equals("isAvailable"));
    }

    @Test
    void unknownValuesSurviveTheRoundTripAndCompareByValue() {
        Object pet = MODELS.decode("{\"statuses\":[\"available\",\"quarantined\"],\"priority\":7}", "Pet");

        List<Object> statuses = GeneratedModels.list(pet, "statuses");
        Object quarantined = statuses.get(1);
        assertThat(GeneratedModels.call(quarantined, "isKnown")).isEqualTo(false);
        assertThat(GeneratedModels.call(quarantined, "known").toString()).isEqualTo("UNRECOGNIZED");
        assertThat(describe(quarantined)).isEqualTo("new to us: quarantined");
        assertThat(quarantined).isEqualTo(MODELS.decode("\"quarantined\"", "PetStatus"))
                .hasSameHashCodeAs(MODELS.decode("\"quarantined\"", "PetStatus"))
                .hasToString("quarantined");
        assertThat(GeneratedModels.encode(pet)).isEqualTo("{\"statuses\":[\"available\",\"quarantined\"],\"priority\":7}");
    }

    @Test
    void integerEnumsHoldIntsAndLongs() throws Exception {
        Object high = MODELS.decode("-3", "Priority");
        assertThat(GeneratedModels.call(high, "known").toString()).isEqualTo("MINUS_3");
        assertThat(GeneratedModels.call(high, "value")).isEqualTo(-3); // an Integer, not a String
        assertThat(MODELS.type("Priority").getDeclaredMethod("of", int.class)).isNotNull();
        assertThat(GeneratedModels.encode(high)).isEqualTo("-3");

        Object big = MODELS.decode("10000000000", "Big");
        assertThat(big).isSameAs(MODELS.type("Big").getField("_10000000000").get(null));
        assertThat(GeneratedModels.call(MODELS.decode("12", "Big"), "isKnown")).isEqualTo(false);
        assertThat(GeneratedModels.encode(MODELS.decode("12", "Big"))).isEqualTo("12");
    }

    @Test
    void constantNamesAreUniqueAndLegal() {
        assertThat(Arrays.stream(MODELS.type("Clashing$Known").getEnumConstants()).map(Object::toString))
                .containsExactly("A_B", "A_B2", "A_B3", "UNRECOGNIZED2", "_1ST", "EMPTY", "UNRECOGNIZED");
        Object recognized = MODELS.decode("\"unrecognized\"", "Clashing");
        assertThat(GeneratedModels.call(recognized, "isKnown")).isEqualTo(true);
        assertThat(GeneratedModels.encode(MODELS.decode("\"\"", "Clashing"))).isEqualTo("\"\"");
    }

    @Test
    void anEnumNamedKnownAndAnEmptyEnumStillWork() {
        assertThat(MODELS.type("Known$Known2").isEnum()).isTrue();
        Object anything = MODELS.decode("\"whatever\"", "Empty");
        assertThat(GeneratedModels.call(anything, "isKnown")).isEqualTo(false);
        assertThat(GeneratedModels.encode(anything)).isEqualTo("\"whatever\"");
        assertThat(GeneratedModels.list(MODELS.type("Empty"), "knownValues")).isEmpty();
    }

    private static Object describe(Object status) {
        return GeneratedModels.call(MODELS.compilation.load("demo.Use"), "describe", status);
    }
}
