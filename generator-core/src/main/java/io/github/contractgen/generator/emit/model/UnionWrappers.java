package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The records that hold a union's value when it is not a named record: a wrapper per such variant, and
 * the record that stands in for a union that cannot be an interface.
 */
final class UnionWrappers {

    private UnionWrappers() {}

    /**
     * {@code record StringValue(@JsonValue String value) implements PaymentMethod}: in JSON the wrapper is
     * invisible, its value is written and read as it is.
     */
    static TypeSpec wrapper(ModelContext context, ClassName union, UnionIndex.Variant variant) {
        TypeRef resolved = variant.resolved();
        boolean collection = resolved instanceof TypeRef.ListRef || resolved instanceof TypeRef.MapRef;
        TypeName type = context.mapper().javaType(variant.ref(), true);
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(JavaTypes.DELEGATING_CREATOR)
                .addParameter(ParameterSpec.builder(type, "value").addAnnotation(JavaTypes.JSON_VALUE).build());
        if (collection) {
            constructor.addJavadoc("Creates the variant from an unmodifiable copy of {@code value}, empty for null."
                    + "\n\n@param value the value, written to JSON as it is\n")
                    .addCode(RecordComponents.emptyWhenNull("value", resolved));
        } else if (!type.isPrimitive()) {
            constructor.addJavadoc("Creates the variant; {@code value} must not be null.\n\n@param value the value,"
                    + " written to JSON as it is\n")
                    .addStatement("$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value");
        } else {
            constructor.addJavadoc("Creates the variant.\n\n@param value the value, written to JSON as it is\n");
        }
        return TypeSpec.recordBuilder(variant.javaClass())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The variant of {@link $T} that is $L.\n\n@param value the value, written to JSON as it is\n",
                        union, Javadocs.code(describe(variant.ref())))
                .addAnnotation(JavaTypes.PLAIN_DESERIALIZER)
                .addSuperinterface(union)
                .recordConstructor(constructor.build())
                .build();
    }

    /**
     * A union with no variants, or one that is a variant of itself, has no sealed interface that would
     * make sense: it becomes a record that keeps whatever JSON value came.
     */
    static TypeSpec degenerate(ModelContext context, TypeDef.UnionDef def) {
        String why = def.variants().isEmpty() ? "lists no alternatives" : "contains itself as an alternative";
        CodeBlock javadoc = CodeBlock.of("$L\n\n<p>The contract's union $L, so it cannot be a sealed interface: the value is "
                        + "kept as plain JSON data (maps, lists, strings, numbers, booleans).\n\n"
                        + "@param value the JSON value as Jackson reads it into {@code Object}\n",
                Javadocs.summary(def.description(), "The " + Javadocs.code(def.name()) + " type of the contract."), why);
        TypeSpec.Builder type = TypeSpec.recordBuilder(context.type(def.name()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc)
                .addAnnotation(context.generated())
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addJavadoc("Creates the record; {@code value} is null for JSON {@code null}.\n\n"
                                + "@param value the JSON value as Jackson reads it into {@code Object}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(JavaTypes.DELEGATING_CREATOR)
                        .addParameter(ParameterSpec.builder(ClassName.OBJECT.annotated(JavaTypes.NULLABLE_ANNOTATION), "value")
                                .addAnnotation(JavaTypes.JSON_VALUE)
                                .build())
                        .build());
        if (def.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        return type.build();
    }

    /** The variant as the contract has it: {@code string}, {@code date-time}, {@code list of Pet}. */
    private static String describe(TypeRef ref) {
        if (ref instanceof TypeRef.ListRef list) {
            return (list.unique() ? "set of " : "list of ") + describe(list.items());
        }
        if (ref instanceof TypeRef.MapRef map) {
            return "map of " + describe(map.values());
        }
        if (ref instanceof TypeRef.Named named) {
            return named.name();
        }
        return ((TypeRef.ScalarRef) ref).scalar().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
