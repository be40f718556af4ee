package io.github.contractgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps model types to Java types, the one place that does. Aliases are followed to their target (an
 * alias gets no class of its own); records, enums and unions map to their generated class.
 */
public final class TypeMapper {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName SET = ClassName.get(Set.class);
    private static final ClassName MAP = ClassName.get(Map.class);

    private final SymbolTable symbols;
    private final Map<String, TypeDef> types = new HashMap<>();

    public TypeMapper(SymbolTable symbols, Service service) {
        this.symbols = symbols;
        service.types().forEach(type -> types.put(type.name(), type));
    }

    /** The Java type for a use of {@code ref}; primitive when {@code primitive} is asked and possible. */
    public TypeName javaType(TypeRef ref, boolean primitive) {
        TypeName boxed = boxed(ref, new HashSet<>());
        return primitive && boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
    }

    /** The boxed Java type for {@code ref}: what goes into a generic argument. */
    public TypeName boxed(TypeRef ref) {
        return boxed(ref, new HashSet<>());
    }

    /** The type definition with this contract name, or {@code null}. */
    public TypeDef definition(String contractName) {
        return types.get(contractName);
    }

    /** {@code ref} with every alias followed: never a {@link TypeRef.Named} of an {@link TypeDef.AliasDef}. */
    public TypeRef resolve(TypeRef ref) {
        Set<String> seen = new HashSet<>();
        while (ref instanceof TypeRef.Named named
                && types.get(named.name()) instanceof TypeDef.AliasDef alias
                && seen.add(named.name())) {
            ref = alias.target();
        }
        if (ref instanceof TypeRef.Named named && types.get(named.name()) instanceof TypeDef.AliasDef) {
            return TypeRef.any(); // an alias cycle: nothing better to say than "any JSON"
        }
        return ref;
    }

    private TypeName boxed(TypeRef ref, Set<String> seen) {
        if (ref instanceof TypeRef.ScalarRef scalar) {
            return scalar(scalar.scalar());
        }
        if (ref instanceof TypeRef.ListRef list) {
            return ParameterizedTypeName.get(list.unique() ? SET : LIST, boxed(list.items(), seen));
        }
        if (ref instanceof TypeRef.MapRef map) {
            return ParameterizedTypeName.get(MAP, ClassName.get(String.class), boxed(map.values(), seen));
        }
        return named((TypeRef.Named) ref, seen);
    }

    private TypeName named(TypeRef.Named named, Set<String> seen) {
        TypeDef def = types.get(named.name());
        if (def == null) {
            throw new IllegalArgumentException("unknown type '" + named.name() + "'");
        }
        if (def instanceof TypeDef.AliasDef alias) {
            return seen.add(alias.name()) ? boxed(alias.target(), seen) : ClassName.OBJECT;
        }
        return symbols.type(def.name());
    }

    static TypeName scalar(TypeRef.Scalar scalar) {
        return switch (scalar) {
            case STRING -> ClassName.get(String.class);
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case INTEGER -> ClassName.get(java.math.BigInteger.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(java.math.BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DATE -> ClassName.get(java.time.LocalDate.class);
            case DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
            case TIME -> ClassName.get(java.time.LocalTime.class);
            case DURATION -> ClassName.get(java.time.Duration.class);
            case UUID -> ClassName.get(java.util.UUID.class);
            case URI -> ClassName.get(java.net.URI.class);
            case BYTES, BINARY -> com.palantir.javapoet.ArrayTypeName.of(TypeName.BYTE);
            case ANY -> ClassName.OBJECT;
        };
    }
}
