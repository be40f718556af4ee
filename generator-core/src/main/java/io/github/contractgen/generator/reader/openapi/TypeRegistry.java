package io.github.contractgen.generator.reader.openapi;

import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.NameScope;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named types of one service while they are being built: which names are taken, which schema
 * objects already have a type, and the finished definitions.
 *
 * <p>Component schemas keep their own names and are reserved first, so a hoisted inline type never
 * takes a name the contract chose. Inline schemas are remembered by identity: swagger-parser shares
 * one object wherever a path-level parameter or a followed reference appears, and that object must
 * become one type, not one per use. Inline property types alike in content are shared too, by
 * {@link InlineKey}.
 */
final class TypeRegistry {

    private final NameScope scope = new NameScope();
    private final Map<String, String> componentNames = new HashMap<>();
    private final Map<String, String> componentKeys = new HashMap<>();
    private final Set<String> nullableComponents = new HashSet<>();
    private final Map<String, TypeDef> definitions = new HashMap<>();
    private final Map<Schema<?>, TypeUse> inline = new IdentityHashMap<>();
    private final Map<InlineKey, String> shared = new HashMap<>();

    /** What an inline property type is alike in to share another's type: see {@code SchemaConverter}. */
    sealed interface InlineKey permits EnumKey, RecordKey {

        /** The key of {@code type}, the type of property {@code role}; null for a kind that is never shared (unions). */
        static InlineKey of(String role, TypeDef type) {
            if (type instanceof TypeDef.EnumDef enumeration) {
                return new EnumKey(role, enumeration.base(), enumeration.values(), enumeration.description(),
                        enumeration.deprecated());
            }
            return type instanceof TypeDef.RecordDef record ? RecordKey.of(role, record) : null;
        }
    }

    /** An inline property enum: its property's name, its base type, values and description. */
    record EnumKey(String property, TypeRef.Scalar base, List<String> values, String description,
            boolean deprecated) implements InlineKey {}

    /** An inline property object: its property's name, description and properties (types included). */
    record RecordKey(String property, String description, boolean deprecated, List<Property> properties,
            Optional<TypeRef> additionalProperties) implements InlineKey {

        static RecordKey of(String property, TypeDef.RecordDef record) {
            return new RecordKey(property, record.description(), record.deprecated(), record.properties(),
                    record.additionalProperties());
        }
    }

    /** Reserves the name of component schema {@code key}; returns the type's name. */
    String reserveComponent(String key, boolean nullable) {
        String name = scope.allocate(key);
        componentNames.put(key, name);
        componentKeys.put(name, key);
        if (nullable) {
            nullableComponents.add(name);
        }
        return name;
    }

    /** The type name of component schema {@code key}, or null when there is no such component. */
    String componentName(String key) {
        return componentNames.get(key);
    }

    /** The component key a type was named for, or the type's own name for a hoisted type. */
    String schemaName(String typeName) {
        return componentKeys.getOrDefault(typeName, typeName);
    }

    /** Whether {@code typeName} names a component schema rather than a hoisted inline one. */
    boolean isComponent(String typeName) {
        return componentKeys.containsKey(typeName);
    }

    boolean isNullableComponent(String name) {
        return nullableComponents.contains(name);
    }

    /** A free name for a hoisted type: {@code wanted}, else {@code wanted2}, ... */
    String allocate(String wanted) {
        return scope.allocate(wanted);
    }

    TypeUse inline(Schema<?> schema) {
        return inline.get(schema);
    }

    void rememberInline(Schema<?> schema, TypeUse use) {
        inline.put(schema, use);
    }

    /** Gives {@code name} back: a hoisted type that turned out to be another one again. */
    void release(String name) {
        scope.release(name);
    }

    /** The type already defined for an inline property type like {@code key}, or null. */
    String shared(InlineKey key) {
        return shared.get(key);
    }

    /** Makes {@code name} the type of later inline property types like {@code key}. */
    void share(InlineKey key, String name) {
        shared.put(key, name);
    }

    void define(TypeDef definition) {
        definitions.put(definition.name(), definition);
    }

    TypeDef definition(String name) {
        return definitions.get(name);
    }

    /** Every definition, sorted by name. */
    List<TypeDef> sorted() {
        List<TypeDef> all = new ArrayList<>(definitions.values());
        all.sort(Comparator.comparing(TypeDef::name));
        return all;
    }
}
