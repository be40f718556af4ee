package io.github.contractgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.github.contractgen.generator.emit.model.Models;
import java.util.List;
import java.util.function.Consumer;

/**
 * Emits the model of a service: a record per object type, an open enum per enumeration, a sealed
 * interface per union, all in {@link io.github.contractgen.generator.naming.SymbolTable#modelPackage()}.
 * Aliases get no class of their own ({@link TypeMapper} resolves them where they are used).
 *
 * <p>The shapes are described in {@code io.github.contractgen.generator.emit.model}, one class per kind.
 */
public final class ModelEmitter implements Emitter {

    @Override
    public List<JavaFile> emit(EmitContext context) {
        return Models.emit(context);
    }

    @Override
    public void emitEach(EmitContext context, Consumer<JavaFile> sink) {
        Models.emitEach(context, sink);
    }
}
