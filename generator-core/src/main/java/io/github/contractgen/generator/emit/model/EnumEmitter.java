package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.TypeDef;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class with one constant per contract value that also holds any other
 * value, so that a value added to the service later survives decoding and encoding. A nested Java
 * enum of the known values ({@code Known}) serves switch statements.
 *
 * <p>A class with a private constructor rather than a record: {@link #of} is then the only way in, it
 * returns the constant for every known value, and {@code ==} works on known values as it does on a
 * Java enum.
 */
final class EnumEmitter {

    private final ModelContext context;

    EnumEmitter(ModelContext context) {
        this.context = context;
    }

    /** Without a description: the values, e.g. "Either {@code post} or {@code courier}." */
    private static String fallbackSummary(TypeDef.EnumDef def) {
        if (def.values().isEmpty()) {
            return "A value of the contract that lists no values yet.";
        }
        return Javadocs.wrap(Javadocs.choice(def.values().stream().map(Javadocs::code).toList(), 8) + ".");
    }

    // The methods that do not name the class are the same in every text-valued open enum (thousands
    // in a large contract): built once. JavaPoet specs are immutable.
    private static final MethodSpec TEXT_VALUE = valueAccessor(TypeName.get(String.class));
    private static final MethodSpec TEXT_HASH_CODE = hashCode(CodeBlock.of("return value.hashCode();\n"));
    private static final MethodSpec TEXT_TO_STRING = toString(CodeBlock.of("return value;\n"));

    JavaFile emit(TypeDef.EnumDef def) {
        ClassName self = context.type(def.name());
        ClassName known = context.symbols().enumKnown(def.name());
        EnumValues values = new EnumValues(def);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n\n<p>An open enum: besides the constants below it holds any value the service sends,\n"
                        + "so a value this client does not know survives decoding and encoding.\n"
                        + "Switch on {@link #known()}.\n",
                        Javadocs.summary(def.description(), fallbackSummary(def)))
                .addAnnotation(context.generated());
        if (def.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        values.constants().forEach((value, constant) -> type.addField(FieldSpec.builder(self, constant)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", Javadocs.code(value))
                .initializer("new $T($L, $T.$L)", self, values.literal(value), known, constant)
                .build()));
        addState(type, known, values);
        type.addMethod(of(self, known, values))
                .addMethod(knownValues(self, values))
                .addMethod(valueAccessor(values));
        addKnownAccessors(type, known);
        addObjectMethods(type, self, values);
        return context.file(type.addType(knownEnum(self, known, values)).build());
    }

    /** The value and its {@code Known} constant, set once by the private constructor. */
    private static void addState(TypeSpec.Builder type, ClassName known, EnumValues values) {
        type.addField(values.valueType(), "value", Modifier.PRIVATE, Modifier.FINAL)
                .addField(known, "known", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(values.valueType(), "value")
                        .addParameter(known, "known")
                        .addStatement("this.value = value")
                        .addStatement("this.known = known")
                        .build());
    }

    private static void addKnownAccessors(TypeSpec.Builder type, ClassName known) {
        type.addMethod(MethodSpec.methodBuilder("known")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(known)
                        .addJavadoc("The constant to switch on: {@link $T#$L} for a value the contract does not list.\n\n"
                                + "@return the constant of this value\n",
                                known, EnumValues.UNRECOGNIZED)
                        .addStatement("return known")
                        .build())
                .addMethod(MethodSpec.methodBuilder("isKnown")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addJavadoc("Whether the contract lists this value.\n\n@return false for a value the service added"
                                + " after the contract\n")
                        .addStatement("return known != $T.$L", known, EnumValues.UNRECOGNIZED)
                        .build());
    }

    private static MethodSpec of(ClassName self, ClassName known, EnumValues values) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(JavaTypes.DELEGATING_CREATOR)
                .addParameter(values.valueType(), "value")
                .returns(self)
                .addJavadoc("The instance for {@code value}: the constant when the contract lists the value,\n"
                        + "else a new instance that keeps it.\n\n@param value the value as it is sent on the wire\n"
                        + "@return the instance, never null\n");
        if (values.isText()) {
            method.addStatement("$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value");
        }
        CodeBlock unknown = CodeBlock.of("new $T(value, $T.$L)", self, known, EnumValues.UNRECOGNIZED);
        if (values.constants().isEmpty()) {
            return method.addStatement("return $L", unknown).build();
        }
        if (values.valueType().equals(TypeName.LONG)) {
            // Java 17 cannot switch on a long.
            values.constants().forEach((value, constant) -> method
                    .beginControlFlow("if (value == $L)", values.literal(value))
                    .addStatement("return $L", constant)
                    .endControlFlow());
            return method.addStatement("return $L", unknown).build();
        }
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (value) {\n$>");
        values.constants().forEach((value, constant) -> cases.add("case $L -> $L;\n", values.literal(value), constant));
        cases.add("default -> $L;\n$<};\n", unknown);
        return method.addCode(cases.build()).build();
    }

    private static MethodSpec knownValues(ClassName self, EnumValues values) {
        return MethodSpec.methodBuilder("knownValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(JavaTypes.LIST, self))
                .addJavadoc("Every value the contract lists, in contract order.\n\n@return the constants, unmodifiable\n")
                .addStatement("return $T.of($L)", JavaTypes.LIST, String.join(", ", values.constants().values()))
                .build();
    }

    private static MethodSpec valueAccessor(EnumValues values) {
        return values.isText() ? TEXT_VALUE : valueAccessor(values.valueType());
    }

    private static MethodSpec valueAccessor(TypeName valueType) {
        return MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(JavaTypes.JSON_VALUE)
                .returns(valueType)
                .addJavadoc("The value as it is sent on the wire.\n\n@return the value\n")
                .addStatement("return value")
                .build();
    }

    /** Equal when the values are: an unknown value decoded twice gives two equal instances. */
    private static void addObjectMethods(TypeSpec.Builder type, ClassName self, EnumValues values) {
        boolean text = values.isText();
        type.addMethod(MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Object.class, "other")
                        .returns(TypeName.BOOLEAN)
                        .addStatement(text ? "return other instanceof $T that && value.equals(that.value)"
                                : "return other instanceof $T that && value == that.value", self)
                        .build())
                .addMethod(text ? TEXT_HASH_CODE : hashCode(CodeBlock.of("return $T.hashCode(value);\n", values.valueType().box())))
                .addMethod(text ? TEXT_TO_STRING : toString(CodeBlock.of("return $T.valueOf(value);\n", String.class)));
    }

    private static MethodSpec hashCode(CodeBlock body) {
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(body)
                .build();
    }

    private static MethodSpec toString(CodeBlock body) {
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value as it is sent on the wire.\n\n@return the value\n")
                .addCode(body)
                .build();
    }

    private static TypeSpec knownEnum(ClassName self, ClassName known, EnumValues values) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(known)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of {@link $T} that the contract lists, as a Java enum for switch\nstatements.\n", self);
        for (Map.Entry<String, String> entry : values.constants().entrySet()) {
            type.addEnumConstant(entry.getValue(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("$L\n", Javadocs.code(entry.getKey()))
                    .build());
        }
        type.addEnumConstant(EnumValues.UNRECOGNIZED, TypeSpec.anonymousClassBuilder("")
                .addJavadoc("A value the contract does not list, for example one added to the service after this\n"
                        + "code was generated.\n")
                .build());
        return type.build();
    }
}
