package io.github.contractgen.generator.emit.model;

import static io.github.contractgen.generator.model.TypeRef.Scalar.INT32;
import static io.github.contractgen.generator.model.TypeRef.Scalar.STRING;
import static io.github.contractgen.generator.model.TypeRef.named;
import static io.github.contractgen.generator.model.TypeRef.scalar;
import static io.github.contractgen.generator.testing.ServiceBuilder.prop;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.testing.ServiceBuilder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract names that are not Java names, or that clash, still give code that compiles and keeps the wire names. */
class ModelNamingTest {

    @Test
    void propertyNamesThatClashOrAreReservedAreRenamedButKeepTheirWireNames() {
        List<String> wireNames = List.of("pet-id", "petId", "class", "hashCode", "toString", "getClass", "notify",
                "wait", "equals", "2fa", "_", "additionalProperties");
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("clash")
                .record("Clash", record -> {
                    wireNames.forEach(name -> record.optional(name, scalar(STRING)));
                    record.additionalProperties(scalar(INT32));
                })
                .build());

        assertThat(Arrays.stream(models.type("Clash").getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("petId", "petId2", "class_", "hashCode2", "toString2", "getClass2", "notify2",
                        "wait2", "equals2", "_2fa", "value", "additionalProperties", "additionalProperties2");
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < wireNames.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(wireNames.get(i)).append("\":\"v").append(i).append('"');
        }
        json.append(",\"extra\":3}");
        Object decoded = models.decode(json.toString(), "Clash");
        assertThat(GeneratedModels.call(decoded, "petId2")).isEqualTo("v1");
        assertThat(GeneratedModels.call(decoded, "class_")).isEqualTo("v2");
        GeneratedModels.assertSameJson(GeneratedModels.encode(decoded), json.toString());
    }

    @Test
    void typesNamedLikeJavaLangTypesDoNotShadowThem() {
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("shadow")
                .record("String", record -> record.required("text", scalar(STRING)))
                .record("Object", record -> record
                        .required("name", scalar(STRING))
                        .optional("inner", named("String"))
                        .optional("any", TypeRef.any()))
                .enumeration("Override", "yes", "no")
                .record("Deprecated", record -> record.optional("flag", named("Override")))
                .record("Error", record -> record.required("message", scalar(STRING)))
                .record("Thread", record -> record.required("error", named("Error")))
                .build());

        assertThat(models.source("ThreadModel")).contains("public record ThreadModel(")
                .contains("ErrorModel error)");
        assertThat(GeneratedModels.call(models.decode("{\"error\":{\"message\":\"m\"}}", "ThreadModel"), "error")
                .getClass().getSimpleName()).isEqualTo("ErrorModel");

        Object decoded = models.decode("{\"name\":\"n\",\"inner\":{\"text\":\"t\"},\"any\":[1]}", "ObjectModel");
        assertThat(GeneratedModels.call(GeneratedModels.call(decoded, "inner"), "text")).isEqualTo("t");
        assertThat(models.type("ObjectModel").getRecordComponents()[0].getType()).isEqualTo(String.class);
        assertThat(GeneratedModels.encode(models.decode("{\"flag\":\"yes\"}", "DeprecatedModel")))
                .isEqualTo("{\"flag\":\"yes\"}");
    }

    @Test
    void descriptionsCannotBreakTheComment() {
        String nasty = "Ends here */ or not.\n@param fake injected\n<script>alert('x')</script> & {@link Nowhere}\n"
                + "C:\\users\\unicode \\u0022 stays text.\n\n\nSecond paragraph, with a very long line that goes on and on "
                + "and on well past any reasonable width so that it has to be wrapped somewhere @here.";
        GeneratedModels models = GeneratedModels.of(ServiceBuilder.named("docs")
                .record("Doc", record -> record
                        .description(nasty)
                        .property(prop("a*/b", scalar(STRING)).description(nasty).defaultValue("\"*/{@code}\"")))
                .type(new TypeDef.EnumDef("Odd", nasty, false, TypeRef.Scalar.STRING, List.of("*/", "{", "\\u0041"),
                        io.github.contractgen.generator.model.SourceLocation.of("x")))
                .build());

        String source = models.source("Doc");
        assertThat(source)
                .contains("Ends here *&#47; or not.")
                .contains("{@literal @}param fake injected")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; {&#64;link Nowhere}")
                .contains("C:&#92;users&#92;unicode &#92;u0022 stays text.")
                .contains("<p>Second paragraph");
        assertThat(source.lines().filter(line -> line.length() > 120)).isEmpty();
        assertThat(GeneratedModels.call(models.type("Odd"), "knownValues").toString()).isEqualTo("[*/, {, \\u0041]");
        assertThat(Optional.of(models.decode("{}", "Doc"))).isPresent();
    }
}
