package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.GeneratedAnnotation;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.model.TypeDef;
import io.github.contractgen.generator.model.TypeRef;
import io.github.contractgen.generator.naming.SymbolTable;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** What the model emitters share for one service: names, type mapping, the union index. */
final class ModelContext {

    private final EmitContext emit;
    private final TypeMapper mapper;
    private final UnionIndex unions;

    ModelContext(EmitContext emit) {
        this.emit = emit;
        this.mapper = new TypeMapper(emit.symbols(), emit.service());
        this.unions = new UnionIndex(emit.service(), emit.symbols(), mapper);
    }

    SymbolTable symbols() {
        return emit.symbols();
    }

    TypeMapper mapper() {
        return mapper;
    }

    UnionIndex unions() {
        return unions;
    }

    /** The class of the model type with this contract name. */
    ClassName type(String contractName) {
        return emit.symbols().type(contractName);
    }

    /**
     * {@code @SuppressWarnings("deprecation")}: for a file that names a deprecated model type. The
     * contract's deprecation reaches the user through the type itself; the generated code that must
     * mention it should not add warnings to the user's build.
     */
    static final AnnotationSpec SUPPRESS_DEPRECATION = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation")
            .build();

    /** Whether any of {@code references} names a deprecated type other than {@code self}. */
    boolean usesDeprecated(String self, Collection<TypeRef> references) {
        Deque<TypeRef> pending = new ArrayDeque<>(references);
        Set<String> seen = new HashSet<>(Set.of(self));
        while (!pending.isEmpty()) {
            TypeRef ref = pending.pop();
            if (ref instanceof TypeRef.ListRef list) {
                pending.push(list.items());
            } else if (ref instanceof TypeRef.MapRef map) {
                pending.push(map.values());
            } else if (ref instanceof TypeRef.Named named && seen.add(named.name())) {
                TypeDef def = mapper.definition(named.name());
                if (def instanceof TypeDef.AliasDef alias) {
                    pending.push(alias.target()); // an alias has no class: its deprecation is not visible
                } else if (def != null && def.deprecated()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The file's {@code @Generated}: see {@link GeneratedAnnotation}. */
    AnnotationSpec generated() {
        return GeneratedAnnotation.of(emit);
    }

    /** The file of a top-level model type. */
    JavaFile file(TypeSpec type) {
        return JavaFile.builder(emit.symbols().modelPackage(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
