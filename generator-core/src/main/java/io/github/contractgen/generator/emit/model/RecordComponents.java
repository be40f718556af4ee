package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.contractgen.generator.model.Property;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.JavaNames;
import io.github.contractgen.generator.naming.NameScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Decides the components of a record: names, Java types, Jackson annotations, what the compact
 * constructor does to each, and the {@code @param} text.
 *
 * <p>The rules: a required, non-nullable property that is neither read-only nor write-only is a
 * primitive when it can be (a client builds requests without read-only values and gets responses
 * without write-only ones); every other scalar is boxed and {@code @Nullable}. Lists, sets and maps are
 * never null: absent becomes empty, and they are copied into unmodifiable collections that, unlike
 * {@code List.copyOf}, accept null items. Required properties are {@code required = true} for
 * Jackson, so decoding fails when the service leaves one out; it also lets a union without
 * discriminator tell its variants apart. Not so for write-only ones (a response never carries them)
 * nor for those the compact constructor fills in (a default). A required, non-nullable reference that
 * the record holds as such is also {@code @JsonSetter(nulls = Nulls.FAIL)}: the runtime's codec then
 * refuses {@code null} for it on the way in (unless lenient) and out. A discriminator with one value for the
 * record is no component at all: it is a constant, written by an accessor (see
 * {@link #discriminatorGetters}).
 */
final class RecordComponents {

    /** Names a record component cannot take (JLS 8.10.1), plus {@code equals}, to keep accessors unsurprising. */
    private static final Set<String> RESERVED = Set.of(
            "clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    /**
     * One component.
     *
     * @param normalize what the compact constructor does to it, empty for nothing
     * @param javadoc the text of its {@code @param} tag
     * @param accessor an explicit accessor, or {@code null} for the implicit one
     */
    record Component(ParameterSpec parameter, CodeBlock normalize, String javadoc, MethodSpec accessor) {}

    private final ModelContext context;
    private final List<UnionIndex.Membership> memberships;
    private final NameScope scope = new NameScope(RESERVED);
    /** Declared discriminators with one value for this record: JSON name to accessor name. */
    private final Map<String, String> constants = new TreeMap<>();

    RecordComponents(ModelContext context, List<UnionIndex.Membership> memberships) {
        this.context = context;
        this.memberships = memberships;
    }

    List<Component> of(TypeDef.RecordDef def) {
        List<Component> components = new ArrayList<>();
        for (Property property : def.properties()) {
            if (constant(property).isPresent()) {
                // Not a component: a caller could otherwise build a Card that goes out as a BankTransfer.
                constants.put(property.name(), scope.allocate(JavaNames.memberName(property.name())));
            } else {
                components.add(property(property));
            }
        }
        def.additionalProperties().ifPresent(values -> components.add(additionalProperties(values)));
        return components;
    }

    /**
     * The accessors that write the discriminator values selecting this record. A declared
     * discriminator with one value gets a public accessor that returns the constant; for each
     * discriminated union whose discriminator the record does not declare, a private getter writes it
     * so that the service can tell what it got ({@code EXISTING_PROPERTY} leaves writing the
     * discriminator to the record). Both are read-only to Jackson: an incoming value is ignored, the
     * union has already used it to pick the record. Must run after {@link #of}, whose names it avoids.
     */
    List<MethodSpec> discriminatorGetters(TypeDef.RecordDef def) {
        List<MethodSpec> getters = new ArrayList<>();
        for (Property property : def.properties()) {
            String javaName = constants.get(property.name());
            if (javaName != null) {
                getters.add(getter(javaName, property.name(), constant(property).orElseThrow())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The $L discriminator: always $L, the value that selects this type.\n\n@return $L\n",
                                Javadocs.code(property.name()), Javadocs.code(constant(property).orElseThrow()),
                                Javadocs.code(constant(property).orElseThrow()))
                        .build());
            }
        }
        Set<String> declared = new TreeSet<>();
        def.properties().forEach(property -> declared.add(property.name()));
        Map<String, Set<String>> values = new TreeMap<>();
        memberships.stream()
                .filter(membership -> membership.discriminated() && !declared.contains(membership.discriminator()))
                .forEach(membership -> values.computeIfAbsent(membership.discriminator(), key -> new TreeSet<>())
                        .addAll(membership.values()));
        values.forEach((property, names) -> {
            if (names.size() == 1) {
                getters.add(getter(scope.allocate(JavaNames.memberName("discriminator " + property)), property,
                        names.iterator().next()).addModifiers(Modifier.PRIVATE).build());
            }
        });
        return getters;
    }

    private static MethodSpec.Builder getter(String javaName, String property, String value) {
        return MethodSpec.methodBuilder(javaName)
                .addAnnotation(AnnotationSpec.builder(JavaTypes.JSON_PROPERTY)
                        .addMember("value", "$S", property)
                        .addMember("access", "$T.READ_ONLY", JavaTypes.JSON_PROPERTY.nestedClass("Access"))
                        .build())
                .returns(String.class)
                .addStatement("return $S", value);
    }

    /**
     * The one discriminator value that selects this record when {@code property} is a discriminator
     * of its unions, a string or an enum, and only one value leads here; else empty (with two values,
     * the caller must say which).
     */
    private Optional<String> constant(Property property) {
        Set<String> values = new TreeSet<>();
        memberships.stream()
                .filter(membership -> membership.discriminated() && membership.discriminator().equals(property.name()))
                .forEach(membership -> values.addAll(membership.values()));
        if (values.size() != 1) {
            return Optional.empty();
        }
        String value = values.iterator().next();
        return Defaults.literal(property.type(), quoted(value), context).isPresent() ? Optional.of(value) : Optional.empty();
    }

    private Component property(Property property) {
        String name = scope.allocate(JavaNames.memberName(property.name()));
        TypeRef resolved = context.mapper().resolve(property.type());
        boolean collection = resolved instanceof TypeRef.ListRef || resolved instanceof TypeRef.MapRef;
        boolean present = property.required() && !property.nullable() && !property.readOnly() && !property.writeOnly();
        TypeName type = context.mapper().javaType(property.type(), present);
        if (!collection && !present) {
            type = type.annotated(JavaTypes.NULLABLE_ANNOTATION);
        }
        Optional<Fallback> fallback = collection || type.isPrimitive() || property.nullable()
                ? Optional.empty() : fallback(property);
        ParameterSpec.Builder parameter = ParameterSpec.builder(type, name)
                .addAnnotation(jsonProperty(property, property.required() && !property.writeOnly() && fallback.isEmpty()));
        if (present && !type.isPrimitive() && !type.equals(ClassName.OBJECT) && fallback.isEmpty()) {
            parameter.addAnnotation(JavaTypes.NEVER_NULL);
        }
        if (collection && !property.required()) {
            // Absent stays absent on the way out: an empty optional collection is not written.
            parameter.addAnnotation(JavaTypes.include("NON_EMPTY"));
        }
        CodeBlock normalize = collection ? emptyWhenNull(name, resolved) : fallback
                .map(value -> CodeBlock.of("if ($N == null) {\n$>$N = $L;\n$<}\n", name, name, value.literal()))
                .orElse(CodeBlock.builder().build());
        // @Deprecated on a component would reach the constructor parameter too, where javac warns that
        // it has no effect: a deprecated property gets an explicit, deprecated accessor instead.
        MethodSpec accessor = property.deprecated() ? deprecatedAccessor(name, type, property) : null;
        return new Component(parameter.build(), normalize, javadoc(property, name, fallback), accessor);
    }

    private static AnnotationSpec jsonProperty(Property property, boolean required) {
        AnnotationSpec.Builder json = AnnotationSpec.builder(JavaTypes.JSON_PROPERTY).addMember("value", "$S", property.name());
        if (required) {
            json.addMember("required", "true");
        }
        return json.build();
    }

    /** What an absent property becomes, and the sentence that says so. */
    private record Fallback(CodeBlock literal, String note) {}

    /** The contract's default, when it can be written as Java. */
    private Optional<Fallback> fallback(Property property) {
        return property.defaultValue().flatMap(json -> Defaults.literal(property.type(), json, context)
                .map(literal -> new Fallback(literal, "Default: " + Javadocs.code(json) + ", set here when absent.")));
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    private Component additionalProperties(TypeRef values) {
        String name = scope.allocate("additionalProperties");
        TypeName type = ParameterizedTypeName.get(JavaTypes.MAP, ClassName.get(String.class), context.mapper().boxed(values));
        ParameterSpec parameter = ParameterSpec.builder(type, name)
                .addAnnotation(JavaTypes.JSON_ANY_SETTER)
                .addAnnotation(JavaTypes.JSON_ANY_GETTER)
                .build();
        return new Component(parameter, emptyWhenNull(name, TypeRef.mapOf(values)),
                "the properties the contract does not name, by JSON name; never null", null);
    }

    private static MethodSpec deprecatedAccessor(String name, TypeName type, Property property) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Deprecated.class)
                .returns(type)
                .addJavadoc("Returns the {@code $L} component.\n\n@return the value of the component\n@deprecated the contract marks $L as deprecated\n", name,
                        Javadocs.code(property.name()))
                .addStatement("return $N", name)
                .build();
    }

    static CodeBlock emptyWhenNull(String name, TypeRef collection) {
        ClassName kind;
        String wrap;
        ClassName copy;
        if (collection instanceof TypeRef.ListRef list) {
            kind = list.unique() ? JavaTypes.SET : JavaTypes.LIST;
            wrap = list.unique() ? "unmodifiableSet" : "unmodifiableList";
            copy = list.unique() ? JavaTypes.LINKED_HASH_SET : JavaTypes.ARRAY_LIST;
        } else {
            kind = JavaTypes.MAP;
            wrap = "unmodifiableMap";
            copy = JavaTypes.LINKED_HASH_MAP;
        }
        return CodeBlock.builder()
                .addStatement("$N = $N == null$W? $T.of()$W: $T.$L(new $T<>($N))", name, name, kind, JavaTypes.COLLECTIONS,
                        wrap, copy, name)
                .build();
    }

    private static String javadoc(Property property, String javaName, Optional<Fallback> fallback) {
        List<String> notes = new ArrayList<>();
        if (!javaName.equals(property.name()) && !property.description().isBlank()) {
            notes.add("JSON name " + Javadocs.code(property.name()) + ".");
        }
        if (property.readOnly()) {
            notes.add("Read-only: the service sets it; leave it {@code null} in requests.");
        }
        if (property.writeOnly()) {
            notes.add("Write-only: sent to the service, never returned by it.");
        }
        if (fallback.isPresent()) {
            notes.add(fallback.get().note());
        } else {
            // A required property is never absent, so the service never applies its default.
            property.defaultValue().ifPresent(json -> notes.add(property.required()
                    ? "The contract's default is " + Javadocs.code(json) + ", but the property is required and always sent."
                    : "Default: " + Javadocs.code(json) + ", applied by the service when absent."));
        }
        if (property.deprecated()) {
            notes.add("Deprecated by the contract.");
        }
        String summary = Javadocs.summary(property.description(), "the " + Javadocs.code(property.name()) + " property");
        if (notes.isEmpty()) {
            return summary;
        }
        return summary + (summary.endsWith(".") ? "" : ".") + "\n" + String.join("\n", notes);
    }
}
