package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.TypeDef;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits a union as a sealed interface. Named records implement it themselves (see
 * {@link RecordEmitter}); every other variant gets a wrapper record nested in the interface.
 *
 * <p>With a discriminator, and when every variant is a record, Jackson picks the variant by the
 * discriminator property ({@code EXISTING_PROPERTY}: the record declares and writes it itself; {@code
 * visible} so that it still binds into that component). Otherwise the runtime's {@code
 * UnionDeserializer} tries the variants in contract order, through a package-private subclass in a
 * file of its own (an interface cannot nest a non-public class); Jackson's reflection instantiates it.
 */
final class UnionEmitter {

    private final ModelContext context;

    UnionEmitter(ModelContext context) {
        this.context = context;
    }

    /** The union's file, and its deserializer's when it has one. */
    List<JavaFile> emit(TypeDef.UnionDef def) {
        UnionIndex.Plan plan = context.unions().plan(def.name());
        if (plan.degenerate()) {
            return List.of(context.file(UnionWrappers.degenerate(context, def)));
        }
        ClassName self = context.type(def.name());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(javadoc(def, plan))
                .addAnnotation(context.generated());
        if (def.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (context.usesDeprecated(def.name(), def.variants())) {
            type.addAnnotation(ModelContext.SUPPRESS_DEPRECATION);
        }
        JavaFile deserializerFile = null;
        if (plan.discriminated()) {
            type.addAnnotation(typeInfo(def.discriminator())).addAnnotation(subTypes(plan));
        } else {
            ClassName deserializer = context.symbols().unionDeserializer(def.name());
            type.addAnnotation(AnnotationSpec.builder(JavaTypes.JSON_DESERIALIZE)
                    .addMember("using", "$T.class", deserializer)
                    .build());
            plan.variants().stream()
                    .filter(UnionIndex.Variant::wrapped)
                    .forEach(variant -> type.addType(UnionWrappers.wrapper(context, self, variant)));
            deserializerFile = context.file(deserializer(self, deserializer, plan));
        }
        plan.variants().forEach(variant -> type.addPermittedSubclass(variant.javaClass()));
        JavaFile union = context.file(type.build());
        return deserializerFile == null ? List.of(union) : List.of(union, deserializerFile);
    }

    private static CodeBlock javadoc(TypeDef.UnionDef def, UnionIndex.Plan plan) {
        String variants = plan.variants().stream()
                .map(variant -> "{@link " + variant.javaClass().simpleName() + "}")
                .collect(Collectors.joining(", "));
        String how = plan.discriminated()
                ? "the value of its " + Javadocs.code(def.discriminator()) + " property says which"
                : "decoding tries them in this order and takes the first that matches";
        return CodeBlock.of("$L\n\n<p>$L\n",
                Javadocs.summary(def.description(), fallbackSummary(def, plan)),
                Javadocs.wrap("One of " + variants + "; " + how + "."));
    }

    /** Without a description: what the union holds, e.g. "Either SetThreshold or ClearThreshold, told apart by kind." */
    private static String fallbackSummary(TypeDef.UnionDef def, UnionIndex.Plan plan) {
        List<String> names = plan.variants().stream().map(variant -> variant.javaClass().simpleName()).toList();
        String how = plan.discriminated()
                ? ", told apart by " + Javadocs.code(def.discriminator())
                : ", whichever the JSON fits first";
        return Javadocs.wrap(Javadocs.choice(names, 8) + how + ".");
    }

    private static AnnotationSpec typeInfo(String discriminator) {
        return AnnotationSpec.builder(JavaTypes.JSON_TYPE_INFO)
                .addMember("use", "$T.NAME", JavaTypes.JSON_TYPE_INFO.nestedClass("Id"))
                .addMember("include", "$T.EXISTING_PROPERTY", JavaTypes.JSON_TYPE_INFO.nestedClass("As"))
                .addMember("property", "$S", discriminator)
                .addMember("visible", "true")
                .build();
    }

    private static AnnotationSpec subTypes(UnionIndex.Plan plan) {
        AnnotationSpec.Builder subTypes = AnnotationSpec.builder(JavaTypes.JSON_SUB_TYPES);
        for (UnionIndex.Variant variant : plan.variants()) {
            List<String> names = plan.names().get(variant.javaClass());
            AnnotationSpec.Builder subType = AnnotationSpec.builder(JavaTypes.JSON_SUB_TYPES.nestedClass("Type"))
                    .addMember("value", "$T.class", variant.javaClass());
            if (names.size() == 1) {
                subType.addMember("name", "$S", names.get(0));
            } else {
                names.forEach(name -> subType.addMember("names", "$S", name));
            }
            subTypes.addMember("value", "$L", subType.build());
        }
        return subTypes.build();
    }

    private TypeSpec deserializer(ClassName union, ClassName name, UnionIndex.Plan plan) {
        CodeBlock classes = plan.variants().stream()
                .map(variant -> CodeBlock.of("$T.class", variant.javaClass()))
                .collect(CodeBlock.joining(", "));
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(JavaTypes.UNION_DESERIALIZER, union))
                .addJavadoc("Decodes {@link $T} by trying its variants in contract order; Jackson finds it\n"
                        + "through {@code @JsonDeserialize}. Package-private: Jackson's types stay out of the\n"
                        + "public API.\n", union)
                .addAnnotation(context.generated())
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class, $T.of($L))", union, JavaTypes.LIST, classes)
                        .build())
                .build();
    }
}
