package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.ClassName;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.Service;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every union of a service looks like in Java, and the reverse: which unions each record
 * implements. Computed once per service, because a record's file must name every union it belongs to.
 */
final class UnionIndex {

    /**
     * One variant of a union.
     *
     * @param ref the variant as the contract wrote it
     * @param resolved the variant with aliases followed
     * @param javaClass the record that implements the union, or the wrapper record nested in it
     * @param wrapped whether {@code javaClass} is a wrapper
     */
    record Variant(TypeRef ref, TypeRef resolved, ClassName javaClass, boolean wrapped) {}

    /**
     * How one union is emitted.
     *
     * @param degenerate empty, or a variant of itself: emitted as a record that holds plain JSON data
     * @param discriminated whether Jackson picks the variant by the discriminator property; only when
     *     every variant is a record, because only objects carry a property
     * @param variants one per Java class, in contract order
     * @param names the discriminator values of each variant class, when discriminated
     */
    record Plan(TypeDef.UnionDef def, boolean degenerate, boolean discriminated, List<Variant> variants,
            Map<ClassName, List<String>> names) {}

    /** A union a record implements, and the discriminator values that select the record in it. */
    record Membership(String unionName, ClassName union, String discriminator, List<String> values) {
        boolean discriminated() {
            return !discriminator.isEmpty();
        }
    }

    private final Map<String, Plan> plans = new HashMap<>();
    private final Map<String, List<Membership>> memberships = new HashMap<>();

    UnionIndex(Service service, SymbolTable symbols, TypeMapper mapper) {
        for (TypeDef def : service.types()) {
            if (def instanceof TypeDef.UnionDef union) {
                Plan plan = plan(union, symbols, mapper);
                plans.put(union.name(), plan);
                if (!plan.degenerate()) {
                    index(plan, symbols.type(union.name()));
                }
            }
        }
    }

    Plan plan(String unionName) {
        return plans.get(unionName);
    }

    /** The unions {@code recordName} implements, in the service's type order. */
    List<Membership> memberships(String recordName) {
        return memberships.getOrDefault(recordName, List.of());
    }

    private void index(Plan plan, ClassName union) {
        for (Variant variant : plan.variants()) {
            if (!variant.wrapped()) {
                String record = ((TypeRef.Named) variant.resolved()).name();
                String discriminator = plan.discriminated() ? plan.def().discriminator() : "";
                List<String> values = plan.names().getOrDefault(variant.javaClass(), List.of());
                memberships.computeIfAbsent(record, key -> new ArrayList<>())
                        .add(new Membership(plan.def().name(), union, discriminator, values));
            }
        }
    }

    private static Plan plan(TypeDef.UnionDef union, SymbolTable symbols, TypeMapper mapper) {
        Map<ClassName, Variant> variants = new LinkedHashMap<>();
        for (TypeRef ref : union.variants()) {
            TypeRef resolved = mapper.resolve(ref);
            boolean record = resolved instanceof TypeRef.Named named
                    && mapper.definition(named.name()) instanceof TypeDef.RecordDef;
            ClassName javaClass = symbols.unionVariant(union.name(), ref);
            variants.putIfAbsent(javaClass, new Variant(ref, resolved, javaClass, !record));
        }
        boolean degenerate = variants.isEmpty() || reaches(union.name(), union, mapper, new HashSet<>());
        boolean discriminated = !degenerate && !union.discriminator().isEmpty()
                && variants.values().stream().noneMatch(Variant::wrapped);
        Map<ClassName, List<String>> names = discriminated ? names(union, variants, mapper) : Map.of();
        return new Plan(union, degenerate, discriminated, List.copyOf(variants.values()), names);
    }

    /** Whether {@code target} is among the unions reachable from {@code union} through union variants. */
    private static boolean reaches(String target, TypeDef.UnionDef union, TypeMapper mapper, Set<String> seen) {
        for (TypeRef ref : union.variants()) {
            if (mapper.resolve(ref) instanceof TypeRef.Named named
                    && mapper.definition(named.name()) instanceof TypeDef.UnionDef inner) {
                if (inner.name().equals(target)) {
                    return true;
                }
                if (seen.add(inner.name()) && reaches(target, inner, mapper, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The discriminator values of each variant: the mapping's entries that lead to a variant, and the
     * variant's contract name for a variant that no entry names (OpenAPI's implicit mapping).
     */
    private static Map<ClassName, List<String>> names(TypeDef.UnionDef union, Map<ClassName, Variant> variants,
            TypeMapper mapper) {
        Map<ClassName, List<String>> names = new LinkedHashMap<>();
        union.mapping().forEach((value, typeName) -> {
            if (mapper.definition(typeName) != null) {
                TypeRef target = mapper.resolve(TypeRef.named(typeName));
                for (Variant variant : variants.values()) {
                    if (variant.resolved().equals(target)) {
                        names.computeIfAbsent(variant.javaClass(), key -> new ArrayList<>()).add(value);
                    }
                }
            }
        });
        for (Variant variant : variants.values()) {
            names.computeIfAbsent(variant.javaClass(),
                    key -> List.of(((TypeRef.Named) variant.ref()).name()));
        }
        return names;
    }
}
