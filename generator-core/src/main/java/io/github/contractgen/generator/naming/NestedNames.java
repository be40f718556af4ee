package io.github.contractgen.generator.naming;

import com.palantir.javapoet.ClassName;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the types that model classes nest: the wrapper records of union variants that are not named
 * records and the {@code Known} enum of an open enum; and a union's deserializer, a package-private
 * top-level class ({@code DeliveryDeserializer}) because an interface cannot nest a non-public class
 * and the deserializer, a Jackson type, must stay out of the public API.
 *
 * <p>A nested name never equals its enclosing class (illegal in Java), a java.lang type, another model
 * type of the package or a type the model files import: inside the enclosing class a nested type would
 * shadow any of them. Names are decided eagerly, in the service's type order, so they are the same on
 * every run.
 */
final class NestedNames {

    /** Simple names that union and enum files refer to besides model types. */
    private static final Set<String> IMPORTED = Set.of(
            "ArrayList", "Collections", "Generated", "JsonCreator", "JsonDeserialize", "JsonDeserializer",
            "JsonValue", "LinkedHashMap", "LinkedHashSet", "List", "Map", "Nullable", "Objects", "Set",
            "UnionDeserializer");

    private final Map<String, TypeDef> defs = new HashMap<>();
    private final Map<String, ClassName> types;
    private final Map<String, Map<TypeRef, ClassName>> variants = new HashMap<>();
    private final Map<String, ClassName> deserializers = new HashMap<>();
    private final Map<String, ClassName> knownEnums = new HashMap<>();

    NestedNames(Iterable<TypeDef> typeDefs, Map<String, ClassName> types) {
        this.types = types;
        typeDefs.forEach(def -> defs.put(def.name(), def));
        Set<String> taken = new HashSet<>(SymbolTable.SHADOWING);
        taken.addAll(IMPORTED);
        types.values().forEach(name -> taken.add(name.simpleName()));
        // Deserializers are top-level classes of the model package, named before any nested type, so
        // that no nested type shadows the one its union's file names.
        NameScope packageScope = new NameScope(taken);
        for (TypeDef def : typeDefs) {
            if (def instanceof TypeDef.UnionDef) {
                ClassName owner = types.get(def.name());
                String simple = packageScope.allocate(
                        JavaNames.fitting(owner.simpleName() + "Deserializer", SymbolTable.MAX_TYPE_NAME_BYTES));
                deserializers.put(def.name(), ClassName.get(owner.packageName(), simple));
                taken.add(simple);
            }
        }
        NameScope outside = new NameScope(taken); // built once: a union's scope shares it, never copies it
        for (TypeDef def : typeDefs) {
            ClassName owner = types.get(def.name());
            if (def instanceof TypeDef.UnionDef union) {
                NameScope scope = outside.child();
                Map<TypeRef, ClassName> named = new LinkedHashMap<>();
                for (TypeRef variant : union.variants()) {
                    if (!named.containsKey(variant)) {
                        ClassName record = recordOf(variant);
                        named.put(variant, record != null ? record
                                : owner.nestedClass(scope.allocate(fitting(owner, wrapperName(owner, variant)))));
                    }
                }
                variants.put(def.name(), named);
            } else if (def instanceof TypeDef.EnumDef) {
                knownEnums.put(def.name(), owner.nestedClass(new NameScope(Set.of(owner.simpleName())).allocate("Known")));
            }
        }
    }

    ClassName unionVariant(String union, TypeRef variant) {
        Map<TypeRef, ClassName> named = variants.get(union);
        ClassName name = named == null ? null : named.get(variant);
        if (name == null) {
            throw new IllegalArgumentException("'" + union + "' is not a union with variant " + variant);
        }
        return name;
    }

    ClassName unionDeserializer(String union) {
        return require(deserializers.get(union), union, "a union");
    }

    ClassName enumKnown(String enumName) {
        return require(knownEnums.get(enumName), enumName, "an enum");
    }

    private static ClassName require(ClassName name, String contractName, String what) {
        if (name == null) {
            throw new IllegalArgumentException("'" + contractName + "' is not " + what);
        }
        return name;
    }

    /**
     * {@code wanted}, shortened if need be so that the class file {@code Owner$Wanted.class}, with room
     * for a numeric suffix, fits a file name.
     */
    private static String fitting(ClassName owner, String wanted) {
        int room = JavaNames.MAX_FILE_NAME_BYTES - JavaNames.utf8Length(owner.simpleName() + "$" + ".class") - 3;
        return JavaNames.fitting(wanted, room);
    }

    /** The class of the record {@code ref} stands for, following aliases; {@code null} for anything else. */
    private ClassName recordOf(TypeRef ref) {
        Set<String> seen = new HashSet<>();
        while (ref instanceof TypeRef.Named named && seen.add(named.name())) {
            TypeDef def = defs.get(named.name());
            if (def instanceof TypeDef.RecordDef) {
                return types.get(def.name());
            }
            if (!(def instanceof TypeDef.AliasDef alias)) {
                return null;
            }
            ref = alias.target();
        }
        return null;
    }

    /**
     * {@code string} → {@code StringValue}, a list of {@code Pet} → {@code PetList}, {@code Color} →
     * {@code ColorValue}; a type named after the union, as the reader names the alternatives it hoists
     * out of it, without the union's name: {@code Shape.Option2Value}, not {@code Shape.ShapeOption2Value}.
     */
    private String wrapperName(ClassName owner, TypeRef variant) {
        return variant instanceof TypeRef.ListRef || variant instanceof TypeRef.MapRef
                ? stem(owner, variant)
                : stem(owner, variant) + "Value";
    }

    private String stem(ClassName owner, TypeRef ref) {
        if (ref instanceof TypeRef.ListRef list) {
            return stem(owner, list.items()) + (list.unique() ? "Set" : "List");
        }
        if (ref instanceof TypeRef.MapRef map) {
            return stem(owner, map.values()) + "Map";
        }
        if (ref instanceof TypeRef.Named named) {
            ClassName type = types.get(named.name());
            String simple = type != null ? type.simpleName() : JavaNames.typeName(named.name());
            String prefix = owner.simpleName();
            boolean hoisted = simple.length() > prefix.length() && simple.startsWith(prefix)
                    && Character.isUpperCase(simple.charAt(prefix.length()));
            return hoisted ? simple.substring(prefix.length()) : simple;
        }
        return scalarWord(((TypeRef.ScalarRef) ref).scalar());
    }

    /** The Java type's simple name, which is what a reader of the generated code knows the value as. */
    private static String scalarWord(TypeRef.Scalar scalar) {
        return switch (scalar) {
            case STRING -> "String";
            case INT32 -> "Integer";
            case INT64 -> "Long";
            case INTEGER -> "BigInteger";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "LocalDate";
            case DATE_TIME -> "OffsetDateTime";
            case TIME -> "LocalTime";
            case DURATION -> "Duration";
            case UUID -> "Uuid";
            case URI -> "Uri";
            case BYTES, BINARY -> "Bytes";
            case ANY -> "Object";
        };
    }
}
