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
 * Java enum. The accessors, equality and {@code toString} come from the runtime's {@code OpenEnum}, so
 * that each class holds only what depends on its values (a large contract has thousands of them).
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

    JavaFile emit(TypeDef.EnumDef def) {
        ClassName self = context.type(def.name());
        ClassName known = context.symbols().enumKnown(def.name());
        EnumValues values = new EnumValues(def);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(JavaTypes.OPEN_ENUM, values.valueType().box(), known))
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
        type.addMethod(constructor(known, values))
                .addMethod(of(self, known, values))
                .addMethod(knownValues(self, values));
        return context.file(type.addType(knownEnum(self, known, values)).build());
    }

    /** The only constructor: {@link #of} and the constants call it. */
    private static MethodSpec constructor(ClassName known, EnumValues values) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(values.valueType(), "value")
                .addParameter(known, "known")
                .addStatement("super(value, known, known != $T.$L)", known, EnumValues.UNRECOGNIZED)
                .build();
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
