package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a record for an object type: one component per property, plus a map of the properties the
 * contract does not name when it allows them. The record implements every union it is a variant of.
 */
final class RecordEmitter {

    private final ModelContext context;

    RecordEmitter(ModelContext context) {
        this.context = context;
    }

    JavaFile emit(TypeDef.RecordDef def) {
        List<UnionIndex.Membership> memberships = context.unions().memberships(def.name());
        RecordComponents planner = new RecordComponents(context, memberships);
        List<RecordComponents.Component> components = planner.of(def);
        MethodSpec.Builder constructor = components.stream().anyMatch(component -> !component.normalize().isEmpty())
                ? MethodSpec.compactConstructorBuilder()
                : MethodSpec.constructorBuilder();
        // The Javadoc is one string, not a format piece per tag: JavaPoet runs a regex over every piece.
        StringBuilder javadoc = new StringBuilder()
                .append(Javadocs.summary(def.description(), "The " + Javadocs.code(def.name()) + " type of the contract."))
                .append('\n');
        if (!components.isEmpty()) {
            javadoc.append('\n');
        }
        for (RecordComponents.Component component : components) {
            constructor.addParameter(component.parameter()).addCode(component.normalize());
            javadoc.append("@param ").append(component.parameter().name()).append(' ').append(component.javadoc()).append('\n');
        }
        if (components.stream().anyMatch(component -> !component.normalize().isEmpty())) {
            // A compact constructor is the canonical one: doclint wants each component's @param here as well.
            constructor.addJavadoc(compactDoc(components)).addJavadoc("\n");
            components.forEach(component -> constructor.addJavadoc("@param $L $L\n", component.parameter().name(),
                    component.javadoc()));
        }
        TypeSpec.Builder type = TypeSpec.recordBuilder(context.type(def.name()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", javadoc.toString())
                .addAnnotation(context.generated())
                .addAnnotation(JavaTypes.include("NON_NULL"))
                .recordConstructor(constructor.addModifiers(Modifier.PUBLIC).build());
        components.stream()
                .filter(component -> component.accessor() != null)
                .forEach(component -> type.addMethod(component.accessor()));
        type.addMethods(planner.discriminatorGetters(def));
        if (def.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (context.usesDeprecated(def.name(), references(def, memberships))) {
            type.addAnnotation(ModelContext.SUPPRESS_DEPRECATION);
        }
        addUnions(type, memberships);
        return context.file(type.build());
    }

    /**
     * The compact constructor's comment: what it does to the values Jackson or a caller passes. A default
     * is filled in by an {@code if}; a collection is replaced by an unmodifiable copy, empty for null.
     */
    private static String compactDoc(List<RecordComponents.Component> components) {
        boolean defaults = components.stream().anyMatch(component -> component.normalize().toString().startsWith("if ("));
        boolean collections = components.stream()
                .anyMatch(component -> !component.normalize().isEmpty() && !component.normalize().toString().startsWith("if ("));
        List<String> parts = new ArrayList<>();
        if (collections) {
            parts.add("copies each collection, an empty one for null, so that the record stays immutable");
        }
        if (defaults) {
            parts.add("gives a component left out its contract default");
        }
        String text = String.join("; ", parts);
        return "Creates the record: " + text + ".\n";
    }

    /** Every model type the record's file names: its properties' types and its unions. */
    private static List<TypeRef> references(TypeDef.RecordDef def, List<UnionIndex.Membership> memberships) {
        List<TypeRef> references = new ArrayList<>();
        def.properties().forEach(property -> references.add(property.type()));
        def.additionalProperties().ifPresent(references::add);
        memberships.forEach(membership -> references.add(TypeRef.named(membership.unionName())));
        return references;
    }

    private static void addUnions(TypeSpec.Builder type, List<UnionIndex.Membership> memberships) {
        Set<ClassName> unions = new LinkedHashSet<>();
        memberships.forEach(membership -> unions.add(membership.union()));
        type.addSuperinterfaces(unions);
        if (memberships.stream().anyMatch(UnionIndex.Membership::discriminated)) {
            type.addAnnotation(JavaTypes.NO_TYPE_INFO);
        }
        if (memberships.stream().anyMatch(membership -> !membership.discriminated())) {
            type.addAnnotation(JavaTypes.PLAIN_DESERIALIZER);
        }
    }
}
