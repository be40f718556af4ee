package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Java side of an enum's values: their Java type, their literals and their constant names.
 *
 * <p>{@code int32} and {@code int64} enums hold an {@code int} or {@code long}; every other enum holds
 * its values as text. An integer enum with a value that is not an integer of its size (a reader's
 * mistake, or a contract's) falls back to text too, so that the output always compiles.
 */
final class EnumValues {

    /** The constant of the {@code Known} enum that stands for every value the contract does not list. */
    static final String UNRECOGNIZED = "UNRECOGNIZED";

    /** Compared once: {@code TypeName.equals} compares rendered text, and a fresh name renders anew. */
    private static final TypeName STRING = TypeName.get(String.class);

    private final TypeName valueType;
    private final boolean text;
    private final Map<String, String> constants = new LinkedHashMap<>();

    EnumValues(TypeDef.EnumDef def) {
        this.valueType = valueType(def);
        this.text = valueType.equals(STRING);
        NameScope scope = new NameScope(Set.of(UNRECOGNIZED));
        Set<CodeBlock> seen = new java.util.HashSet<>();
        for (String value : def.values()) {
            // "1" and "01" are the same int: a second case label for it would not compile.
            if (seen.add(literal(value))) {
                constants.put(value, scope.allocate(JavaNames.constantName(value)));
            }
        }
    }

    /** {@code String}, {@code int} or {@code long}. */
    TypeName valueType() {
        return valueType;
    }

    boolean isText() {
        return text;
    }

    /** Contract value (JSON text without quotes) to constant name, in contract order, duplicates dropped. */
    Map<String, String> constants() {
        return constants;
    }

    /** The Java literal of a value: {@code "available"}, {@code 3}, {@code 3L}. */
    CodeBlock literal(String value) {
        if (isText()) {
            return CodeBlock.of("$S", value);
        }
        return valueType.equals(TypeName.LONG)
                ? CodeBlock.of("$LL", Long.parseLong(value.strip()))
                : CodeBlock.of("$L", Integer.parseInt(value.strip()));
    }

    private static TypeName valueType(TypeDef.EnumDef def) {
        try {
            if (def.base() == TypeRef.Scalar.INT32) {
                def.values().forEach(value -> Integer.parseInt(value.strip()));
                return TypeName.INT;
            }
            if (def.base() == TypeRef.Scalar.INT64) {
                def.values().forEach(value -> Long.parseLong(value.strip()));
                return TypeName.LONG;
            }
        } catch (NumberFormatException e) {
            return TypeName.get(String.class);
        }
        return TypeName.get(String.class);
    }
}
