package io.github.contractgen.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.contractgen.generator.emit.EmitContext;
import io.github.contractgen.generator.emit.TypeMapper;
import io.github.contractgen.generator.naming.SymbolTable;

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

    /** {@code @Generated(value = "io.github.contractgen", comments = "from petstore.yaml")}: never a date. */
    AnnotationSpec generated() {
        return AnnotationSpec.builder(JavaTypes.GENERATED)
                .addMember("value", "$S", "io.github.contractgen")
                .addMember("comments", "$S", "from " + emit.contract().path())
                .build();
    }

    /** The file of a top-level model type. */
    JavaFile file(TypeSpec type) {
        return JavaFile.builder(emit.symbols().modelPackage(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
